import Foundation

/// Paths of the repository the tests run from.
public enum Repository {
    /// The folder holding `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `calendars/`: the real plans and the calendar data.
    public static var calendars: URL { root.appendingPathComponent("calendars") }

    /// `Tests/Fixtures/`.
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// A real plan of `calendars/`, by its file name without `.yaml`.
    public static func plan(_ name: String) -> String {
        calendars.appendingPathComponent("\(name).yaml").path
    }
}
