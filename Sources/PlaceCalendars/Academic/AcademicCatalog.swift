import Foundation

/// The academic calendars of the partner institutions, read from `calendars/academic/*.yaml`
/// (one file per institution, named after its id).
public struct AcademicCatalog: Sendable {
    /// Sorted by institution id.
    public let calendars: [AcademicCalendar]

    /// Loads every `.yaml` file of the folder; other files (README.md) are ignored.
    public init(directory: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CalendarDataError(
                file: directory.path, line: nil, column: nil, problem: "cannot list the folder",
                fix: "check the path; it should be the folder that holds one .yaml file per institution (calendars/academic)")
        }
        let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !yaml.isEmpty else {
            throw CalendarDataError(
                file: directory.path, line: nil, column: nil, problem: "the folder holds no .yaml file",
                fix: "point to the folder that holds one .yaml file per institution (calendars/academic)")
        }
        try self.init(files: yaml.map { directory.appendingPathComponent($0) })
    }

    /// Loads the given files, one institution each.
    public init(files: [URL]) throws {
        var loaded: [String: (calendar: AcademicCalendar, file: String)] = [:]
        for url in files {
            let (calendar, idNode) = try AcademicFileReader.read(contentsOf: url)
            let id = calendar.institution.id
            if let earlier = loaded[id] {
                throw idNode.error("institution \(id) is also defined in \(earlier.file)", fix: "keep one file per institution")
            }
            loaded[id] = (calendar, url.path)
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
