import CivilTime
import Foundation
import PlaceCalendars
import TestSupport

/// The repository's calendar data, and throw-away data folders for loader tests.
enum Fixtures {
    static var calendars: URL { Repository.calendars }

    static func holidays() throws -> HolidayCatalog {
        try HolidayCatalog(directory: calendars.appendingPathComponent("holidays"))
    }

    static func blackouts() throws -> BlackoutCatalog {
        try BlackoutCatalog(directory: calendars.appendingPathComponent("blackouts"))
    }

    /// Writes `files` (name → YAML text) into a new temporary folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("placecalendars-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func date(_ iso: String) -> CivilDate {
        CivilDate(iso: iso)!
    }
}
