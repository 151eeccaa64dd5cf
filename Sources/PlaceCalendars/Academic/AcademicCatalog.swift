import Foundation

/// The academic calendars of the partner institutions, read from `calendars/academic/*.yaml`
/// (one file per institution, named after its id).
public struct AcademicCatalog: Sendable {
    /// Sorted by institution id.
    public let calendars: [AcademicCalendar]

    /// Loads every `.yaml` file of the folder; other files (README.md) are ignored.
    public init(directory: URL) throws {
        try self.init(sources: CalendarSource.folder(directory, holding: "institution (calendars/academic)"))
    }

    /// Loads the given files, one institution each.
    public init(sources: [CalendarSource]) throws {
        var loaded: [String: (calendar: AcademicCalendar, file: String)] = [:]
        for source in sources {
            let (calendar, idNode) = try AcademicFileReader.read(source)
            let id = calendar.institution.id
            if let earlier = loaded[id] {
                throw idNode.error("institution \(id) is also defined in \(earlier.file)", fix: "keep one file per institution")
            }
            loaded[id] = (calendar, source.path)
        }
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
