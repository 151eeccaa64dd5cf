import Foundation
import PlaceCalendars
import YAMLReading
import Testing

/// The one resolver: the shipped data, with `--calendars DIR` adding or replacing files.
struct CalendarLibraryTests {
    static let vaud = """
        jurisdiction: CH-VD
        name: {fr: Canton de Vaud, en: Canton of Vaud}
        holidays:
          - id: jeune-federal-lundi
            name: {fr: Lundi du Jeûne fédéral, en: Federal Fast Monday}
            category: public
            nthWeekday: {nth: 3, weekday: sunday, month: 9}
            offset: 1

        """

    static let belgiumReplaced = """
        jurisdiction: BE
        holidays:
          - id: seul-jour
            name: {fr: Seul jour, en: Only day}
            category: public
            date: 03-03

        """

    @Test func theShippedDataNeedsNoFolder() throws {
        let holidays = try CalendarLibrary.holidays()
        #expect(
            holidays.jurisdictions == [
                "BE", "BE-FWB", "BE-WAL", "BE-WAL-NAMUR", "CA", "CA-QC", "CH", "CH-VD", "FR",
                "FR-57", "FR-6AE", "FR-AM", "FR-ZONE-A", "FR-ZONE-B", "FR-ZONE-C", "TN",
            ])
        #expect(try holidays.holidays(in: "BE", year: 2025).map(\.date.description).contains("2025-07-21"))
        #expect(try CalendarLibrary.blackouts().jurisdictions.contains("CA-QC"))
        #expect(try CalendarLibrary.academic().institutions.map(\.id) == ["unamur", "uqtr"])
    }

    @Test func shippedDataEqualsTheRepositoryFiles() throws {
        let shipped = try CalendarLibrary.holidays()
        let files = try HolidayCatalog(directory: Fixtures.calendars.appendingPathComponent("holidays"))
        for code in files.jurisdictions {
            #expect(try shipped.holidays(in: code, year: 2026) == files.holidays(in: code, year: 2026), "\(code)")
        }
    }

    @Test func aFolderAddsAndReplacesJurisdictions() throws {
        let root = try Fixtures.folder([:])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("holidays"), withIntermediateDirectories: true)
        try Self.vaud.write(to: root.appendingPathComponent("holidays/CH-VD.yaml"), atomically: true, encoding: .utf8)
        try Self.belgiumReplaced.write(to: root.appendingPathComponent("holidays/BE.yaml"), atomically: true, encoding: .utf8)
        let holidays = try CalendarLibrary.holidays(overrides: root)
        #expect(holidays.jurisdictions.contains("CH-VD"))
        #expect(try holidays.holidays(in: "CH-VD", year: 2025).map(\.date.description) == ["2025-09-22"])
        #expect(try holidays.holidays(in: "BE", year: 2025).map(\.date.description) == ["2025-03-03"])
        // Namur includes Belgium: it sees the replaced file.
        #expect(try holidays.holidays(in: "BE-WAL-NAMUR", year: 2025).map(\.date.description).contains("2025-03-03"))
        #expect(try !holidays.holidays(in: "BE-WAL-NAMUR", year: 2025).map(\.date.description).contains("2025-07-21"))
        // No blackouts/ in the folder: the shipped ones stay.
        #expect(try CalendarLibrary.blackouts(overrides: root).jurisdictions == CalendarLibrary.blackouts().jurisdictions)
    }

    @Test func aFolderWithNoCalendarsIsAMistake() throws {
        let empty = try Fixtures.folder(["README.md": "nothing here"])
        #expect(throws: SourceError.self) { try CalendarLibrary.holidays(overrides: empty) }
        #expect(throws: SourceError.self) {
            try CalendarLibrary.holidays(overrides: empty.appendingPathComponent("README.md"))
        }
        #expect(throws: SourceError.self) { try CalendarLibrary.academic(overrides: empty.appendingPathComponent("nope")) }
    }
}
