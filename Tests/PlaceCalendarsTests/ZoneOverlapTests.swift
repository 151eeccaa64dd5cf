import CivilTime
import Testing
@testable import PlaceCalendars

@Suite("Time-zone overlap")
struct ZoneOverlapTests {
    let quebecNamur = [ZoneRules(identifier: "America/Toronto")!, ZoneRules(identifier: "Europe/Brussels")!]

    /// domain-notes.md, "Time zones": the weeks when Québec–Namur is 5 hours, not 6.
    static let fiveHourWindows: [(year: Int, march: (String, String), autumn: (String, String))] = [
        (2024, ("2024-03-10", "2024-03-31"), ("2024-10-27", "2024-11-03")),
        (2025, ("2025-03-09", "2025-03-30"), ("2025-10-26", "2025-11-02")),
        (2026, ("2026-03-08", "2026-03-29"), ("2026-10-25", "2026-11-01")),
        (2027, ("2027-03-14", "2027-03-28"), ("2027-10-31", "2027-11-07")),
    ]

    @Test("The 5-hour windows of 2024–2027 are exactly those of domain-notes", arguments: [0, 1, 2, 3])
    func fiveHourWindows(index: Int) {
        let expected = Self.fiveHourWindows[index]
        let overlap = ZoneOverlap(
            zones: quebecNamur, from: CivilDate(year: expected.year, month: 1, day: 1)!,
            to: CivilDate(year: expected.year, month: 12, day: 31)!)
        #expect(overlap.usualOffsetsFromFirst == [0, 6 * 3600])
        #expect(
            overlap.unusualPeriods.map { "\($0.from)/\($0.to)" } == [
                "\(expected.march.0)/\(expected.march.1)", "\(expected.autumn.0)/\(expected.autumn.1)",
            ])
        #expect(overlap.unusualPeriods.allSatisfy { $0.offsetsFromFirst == [0, 5 * 3600] })
    }

    @Test("Working hours meet 09:00–11:00 in Québec, and 09:00–12:00 in the 5-hour weeks")
    func commonWindows() throws {
        let overlap = ZoneOverlap(zones: quebecNamur, from: CivilDate(iso: "2025-03-07")!, to: CivilDate(iso: "2025-03-10")!)
        #expect(overlap.days.map(\.date.description) == ["2025-03-07", "2025-03-10"], "weekends are skipped")
        let normal = try #require(overlap.days.first?.windows.first)
        let normalTimes = normal.local.map { "\($0.start.time)-\($0.end.time)" }
        #expect(normalTimes == ["09:00-11:00", "15:00-17:00"])
        let short = try #require(overlap.days.last)
        #expect(short.isUnusual)
        let shortWindow = try #require(short.windows.first)
        let shortTimes = shortWindow.local.map { "\($0.start.time)-\($0.end.time)" }
        #expect(shortTimes == ["09:00-12:00", "14:00-17:00"])
    }

    @Test("Zones too far apart have no common hours; a range inside a window is all unusual")
    func edgeCases() {
        let farApart = ZoneOverlap(
            zones: [ZoneRules(identifier: "America/Toronto")!, ZoneRules(identifier: "Asia/Tokyo")!],
            from: CivilDate(iso: "2025-06-02")!, to: CivilDate(iso: "2025-06-02")!)
        #expect(farApart.days.first?.windows.isEmpty == true)
        let inside = ZoneOverlap(zones: quebecNamur, from: CivilDate(iso: "2025-03-12")!, to: CivilDate(iso: "2025-03-14")!)
        #expect(inside.days.allSatisfy { $0.isUnusual })
        #expect(inside.unusualPeriods.count == 1)
    }

    @Test("Working hours parse and refuse an end before the start")
    func workingHours() {
        #expect(WorkingHours(text: "08:30-16:00")?.description == "08:30-16:00")
        #expect(WorkingHours(text: "17:00-09:00") == nil)
        #expect(WorkingHours(text: "9-17") == nil)
    }
}
