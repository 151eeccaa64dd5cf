import Bilingual
import CivilTime
import Foundation
import Testing
import YAMLReading

@testable import PlanFormat
@testable import Scheduling

/// What partners' new calendars do to the schedule: a French partner's school zone with
/// `avoid: [school-holiday]`, and an `.ics` file of days off named in `holidays:`.
@Suite("Place calendars in plans")
struct PlaceCalendarPlanningTests {
    static func plan(holidays: String, avoid: Bool, file: String = "essai.yaml") -> String {
        """
        jumelage: 1
        id: essai
        title: {fr: Essai, en: Test}
        revision: 2025-01-06T09:00:00Z
        horizon: {from: 2025-01-01, to: 2026-12-31}
        partners:
          - id: hote
            name: Ville hôte
            country: FR
            timezone: Europe/Paris
            holidays: \(holidays)
        events:
          - id: a
            kind: meeting
            title: Rencontre
            host: hote
            date: 2026-02-23
            schedule:
              window: {from: 2026-02-16, to: 2026-03-13}
        \(avoid ? "      avoid: [school-holiday]\n" : "")
        """
    }

    struct ZoneCase: Sendable, CustomStringConvertible {
        var holidays: String
        var avoid: Bool
        var expected: String
        var description: String { "\(holidays) avoid=\(avoid) → \(expected)" }
    }

    static let zoneCases: [ZoneCase] = [
        // Zone C: winter holidays 22 Feb – 8 Mar 2026; the nearest free weekday before is Friday 20 Feb.
        ZoneCase(holidays: "[FR, FR-ZONE-C]", avoid: true, expected: "2026-02-20"),
        ZoneCase(holidays: "[FR, FR-ZONE-C]", avoid: false, expected: "2026-02-23"),
        // Zone A: 8 – 22 Feb 2026, over by the 23rd.
        ZoneCase(holidays: "[FR, FR-ZONE-A]", avoid: true, expected: "2026-02-23"),
        // Zone B: 15 Feb – 1 Mar 2026; the zone's file includes France's holidays, so FR is optional.
        ZoneCase(holidays: "[FR-ZONE-B]", avoid: true, expected: "2026-03-02"),
        // Without a zone, France has no school holidays to avoid.
        ZoneCase(holidays: "[FR]", avoid: true, expected: "2026-02-23"),
    ]

    @Test("A French partner's school zone, avoided when the event asks", arguments: zoneCases)
    func schoolZone(_ example: ZoneCase) throws {
        let plan = try PlanSamples.load(Self.plan(holidays: example.holidays, avoid: example.avoid))
        let result = try SolverSamples.solve([plan])
        #expect(SolverSamples.start(of: "a", in: result) == example.expected)
    }

    /// A plan in a new folder, with `extra/jours.ics` beside it.
    static func folder(ics: String?, holidays: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("days-off-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("extra"), withIntermediateDirectories: true)
        if let ics {
            try ics.replacingOccurrences(of: "\n", with: "\r\n")
                .write(to: folder.appendingPathComponent("extra/jours.ics"), atomically: true, encoding: .utf8)
        }
        let text = plan(holidays: holidays, avoid: false)
            .replacingOccurrences(of: "date: 2026-02-23", with: "date: 2025-05-05")
            .replacingOccurrences(of: "{from: 2026-02-16, to: 2026-03-13}", with: "{from: 2025-05-05, to: 2025-05-09}")
            .replacingOccurrences(of: "country: FR\n    timezone: Europe/Paris", with: "country: TN\n    timezone: Africa/Tunis")
        let file = folder.appendingPathComponent("essai.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static let daysOff = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Essai//Jours//FR
        BEGIN:VEVENT
        UID:fete-municipale-2025@essai
        DTSTAMP:20250101T000000Z
        DTSTART;VALUE=DATE:20250505
        DTEND;VALUE=DATE:20250506
        SUMMARY:Fête municipale
        TRANSP:TRANSPARENT
        END:VEVENT
        BEGIN:VEVENT
        UID:annulee-2025@essai
        DTSTAMP:20250101T000000Z
        DTSTART;VALUE=DATE:20250506
        DTEND;VALUE=DATE:20250507
        SUMMARY:Journée annulée
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR

        """

    @Test("An .ics named in holidays: blocks its days, transparent events too, cancelled ones not")
    func icsDaysOff() throws {
        let file = try Self.folder(ics: Self.daysOff, holidays: "[TN, extra/jours.ics]")
        let plan = try PlanLoader.load(file: file)
        let partner = try #require(plan.partners.first)
        #expect(partner.holidayJurisdictions == ["TN", "extra/jours.ics"])
        #expect(partner.jurisdictionCodes == ["TN"])
        #expect(partner.calendarKeys[1].hasSuffix("/extra/jours.ics"))
        let result = try SolverSamples.solve([plan])
        #expect(SolverSamples.start(of: "a", in: result) == "2025-05-06")
        #expect(result.warnings.isEmpty)
    }

    @Test("Without the .ics, the day is free")
    func withoutTheFile() throws {
        let plan = try PlanLoader.load(file: Self.folder(ics: nil, holidays: "[TN]"))
        #expect(SolverSamples.start(of: "a", in: try SolverSamples.solve([plan])) == "2025-05-05")
    }

    @Test("A missing .ics is refused at its place in holidays:")
    func missingFile() throws {
        let file = try Self.folder(ics: nil, holidays: "[TN, extra/jours.ics]")
        let error = try #require(throws: SourceError.self) { try PlanLoader.load(file: file) }
        let folder = (file as NSString).deletingLastPathComponent
        #expect(
            error.rendered(in: .en) == """
                \(file):11:20: error: calendar 'extra/jours.ics' does not exist (looked for \(folder)/extra/jours.ics)
                  fix: give the path of an .ics file, relative to the plan's folder, or remove it from 'holidays:'
                """)
    }

    @Test("A file that is not iCalendar is refused at its place in holidays:")
    func unreadableFile() throws {
        let file = try Self.folder(ics: "not a calendar\n", holidays: "[TN, extra/jours.ics]")
        let plan = try PlanLoader.load(file: file)
        let error = try #require(throws: SourceError.self) { try SolverSamples.solve([plan]) }
        let message = error.rendered(in: .en)
        #expect(message.hasPrefix("\(file):11:20: error: the days off 'extra/jours.ics' cannot be read"))
        #expect(message.hasSuffix("fix: export the calendar again as .ics, or remove it from 'holidays:'"))
    }

    @Test("An unknown code beside an .ics is still named")
    func unknownCodeBesideAFile() throws {
        let plan = try PlanLoader.load(file: Self.folder(ics: Self.daysOff, holidays: "[TN, FR-ZONE-D, extra/jours.ics]"))
        let error = try #require(throws: SourceError.self) { try SolverSamples.solve([plan]) }
        #expect(error.issues.count == 1)
        #expect(error.rendered(in: .en).contains(":11:20: error: unknown jurisdiction 'FR-ZONE-D'"))
    }
}
