import Bilingual
import Foundation
import YAMLReading

/// The academic calendars of the partner institutions, read from `calendars/academic/*.yaml`
/// (one file per institution, named after its id).
public struct AcademicCatalog: Sendable {
    /// Sorted by institution id.
    public let calendars: [AcademicCalendar]

    /// Loads every `.yaml` file of the folder; other files (README.md) are ignored. A
    /// `SourceError` lists the mistakes of every file, each with its `file:line:column` and fix.
    public init(directory: URL) throws {
        try self.init(sources: CalendarSource.folder(directory, holding: .institution))
    }

    /// Loads the given files, one institution each; a `SourceError` lists the mistakes of every file.
    public init(sources: [CalendarSource]) throws {
        var loaded: [String: (calendar: AcademicCalendar, file: String)] = [:]
        var issues: [SourceIssue] = []
        for source in sources {
            let calendar: AcademicCalendar, idLocation: SourceLocation
            do {
                (calendar, idLocation) = try AcademicFileReader.read(source)
            } catch let error as SourceError {
                issues += error.issues
                continue
            }
            let id = calendar.institution.id
            if let earlier = loaded[id] {
                issues.append(
                    SourceIssue(
                        idLocation,
                        LocalizedText(
                            fr: "l'établissement \(id) est aussi défini dans \(earlier.file)",
                            en: "institution \(id) is also defined in \(earlier.file)"),
                        hint: LocalizedText(fr: "gardez un seul fichier par établissement", en: "keep one file per institution")))
                continue
            }
            loaded[id] = (calendar, source.path)
        }
        guard issues.isEmpty else { throw SourceError(issues) }
        calendars = loaded.values.map(\.calendar).sorted { $0.institution.id < $1.institution.id }
    }

    /// Sorted by id.
    public var institutions: [AcademicInstitution] { calendars.map(\.institution) }

    /// The calendar of `unamur`, `uqtr`… (case-insensitive); nil when no file declares it.
    public func calendar(of id: String) -> AcademicCalendar? {
        let wanted = id.lowercased()
        return calendars.first { $0.institution.id == wanted }
    }
}
