import Foundation

/// One calendar data file: the path its messages name and its text. The shipped data comes from
/// the binary (`calendars/holidays/BE.yaml`…); a `--calendars DIR` file from the disk.
public struct CalendarSource: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without its extension: the code or id the file must declare.
    public var stem: String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// Reads one file as UTF-8 text.
    public static func read(_ url: URL) throws -> CalendarSource {
        do {
            return CalendarSource(path: url.path, text: try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw CalendarDataError(
                file: url.path, line: nil, column: nil,
                problem: "cannot read the file as UTF-8 text (\(error.localizedDescription))",
                fix: "check that the file exists and is saved as UTF-8")
        }
    }

    /// Every `.yaml` file of a folder, sorted by name; other files (README.md) are left out.
    /// `what` says what the folder holds, for the message when it cannot be listed or is empty.
    public static func folder(_ directory: URL, holding what: String) throws -> [CalendarSource] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw CalendarDataError(
                file: directory.path, line: nil, column: nil, problem: "cannot list the folder",
                fix: "check the path; it should be the folder that holds one .yaml file per \(what)")
        }
        let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !yaml.isEmpty else {
            throw CalendarDataError(
                file: directory.path, line: nil, column: nil, problem: "the folder holds no .yaml file",
                fix: "point to the folder that holds one .yaml file per \(what)")
        }
        return try yaml.map { try read(directory.appendingPathComponent($0)) }
    }
}
