import ArgumentParser
import Foundation
import WorkspaceServer

/// `jumelage export --database postgres://… DIR`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the plans of a shared database into a folder, as YAML files, byte for byte.",
        discussion: """
            For the command line, git and review: every plan the workspace holds in PostgreSQL becomes DIR/FILE.yaml \
            with exactly the text saved in the workspace (comments and layout kept). All files are written under \
            temporary names first, then renamed; other files of DIR are left alone. `jumelage import` brings them back.
            """)

    @OptionGroup var shared: SharedDatabaseOption

    @Argument(help: ArgumentHelp("Folder to write the plans into (created if missing).", valueName: "DIR"))
    var directory: String

    func run() throws {
        let (shared, directory) = (shared, directory)
        try Failure.guarded {
            try AsyncBody.wait {
                let (store, documents) = try await shared.open()
                defer { Task { await store.shutdown() } }
                let files = try await PlanTransfer.export(documents, to: directory)
                for file in files { print((directory as NSString).appendingPathComponent(file)) }
            }
        }
    }
}
