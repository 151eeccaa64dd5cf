import Foundation

@testable import WorkspaceStore

/// A fresh folder under the temporary directory, removed when the test lets go of it.
final class ScratchFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("jumelage-workspace-store-\(UUID().uuidString)", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The database every test of the workspace uses: the ledger's file name.
    var databasePath: String { file("jumelage-ledger.sqlite") }

    func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func contents(of name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func store() throws -> SQLiteWorkspaceStore {
        try SQLiteWorkspaceStore(path: databasePath)
    }
}

/// Whole seconds since 1970: what the store gives back exactly.
func at(_ seconds: Int) -> Date {
    Date(timeIntervalSince1970: TimeInterval(seconds))
}

func newUser(_ login: String, administrator: Bool = false, createdAt: Date = at(1_700_000_000)) -> NewUser {
    NewUser(
        login: login, displayName: "Display \(login)", passwordHash: "$2b$12$hash-of-\(login)", isAdministrator: administrator,
        createdAt: createdAt)
}
