import ArgumentParser
import Bilingual
import Foundation
import WorkspaceServer

/// `jumelage import --database postgres://… PATH… [--by NAME]`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Brings plan files into a shared database, checked and recorded as a save from the workspace.",
        discussion: """
            Each file (or each *.yaml of a folder) is a plan of the database by its file name: new names are created, \
            others replaced. All are checked together as the workspace checks a save (each loads, and the plans \
            still plan); then those whose text changed are saved in one transaction, each with an entry in the \
            history. A refused file imports nothing (exit 1, with file:line:column). Open workspace servers show the \
            change at once.
            """)

    @OptionGroup var shared: SharedDatabaseOption

    @Argument(help: ArgumentHelp("Plan files, or folders of plans.", valueName: "PATH"))
    var paths: [String]

    @Option(help: ArgumentHelp("Who imports, for the history (default: $USER).", valueName: "NAME"))
    var by: String?

    @Option(help: ArgumentHelp("Folder whose holidays/, blackouts/ and academic/ add to the shipped calendars.", valueName: "DIR"))
    var calendars: String?

    @Option(help: "Output format of the report.")
    var format: OutputFormat = .text

    func run() throws {
        let (shared, paths, format) = (shared, paths, format)
        let author = by ?? ProcessInfo.processInfo.environment["USER"] ?? "jumelage import"
        let calendars = calendars.map { URL(fileURLWithPath: $0) }
        let language = Failure.language
        try Failure.guarded {
            // Files first: a wrong path is told without a database.
            _ = try PlanTransfer.files(paths)
            try AsyncBody.wait {
                let (store, documents) = try await shared.open()
                defer { Task { await store.shutdown() } }
                let imported = try await PlanTransfer.importFiles(
                    paths, into: documents, calendarsDirectory: calendars, author: author, at: Date())
                switch format {
                case .json: print(try JSONOutput.string(imported))
                case .text:
                    for entry in imported { print("\(entry.file): \(Self.word(entry.outcome, language))") }
                }
            }
        }
    }

    static func word(_ outcome: PlanTransfer.Outcome, _ language: Language) -> String {
        switch outcome {
        case .created: language == .fr ? "créé" : "created"
        case .updated: language == .fr ? "remplacé" : "replaced"
        case .unchanged: language == .fr ? "inchangé" : "unchanged"
        }
    }
}
