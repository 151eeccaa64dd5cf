import ArgumentParser
import Bilingual
import Foundation
import StoreMigration
import WorkspacePostgres

/// `jumelage migrate --from sqlite:FILE --to postgres://… [--plans DIR]`
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copies a workspace from its SQLite file and its plans into a new PostgreSQL database, verified.",
        discussion: """
            Accounts, roles, sessions, one-time links, history, the audit log, invitation answers, polls, the \
            invitations' outbox, the publication ledger with the last publication's files, and the plans (the *.yaml \
            of the plans' folder, byte for byte) are copied in one transaction, committed only when \
            every table read back from PostgreSQL has the source's row count and content hash (printed). The target \
            must be empty; the SQLite file is only read. Stop the workspace first so that nothing changes meanwhile.
            """)

    @Option(
        help: ArgumentHelp(
            "The workspace's SQLite file: sqlite:FILE (such as sqlite:calendars/jumelage-ledger.sqlite).", valueName: "sqlite:FILE"))
    var from: String

    @Option(
        help: ArgumentHelp(
            "The new database: postgres://user[:password]@host[:port]/database (password also from PGPASSWORD).", valueName: "URL"))
    var to: String

    @Option(help: ArgumentHelp("Folder of the plans (default: the SQLite file's folder).", valueName: "DIR"))
    var plans: String?

    @Option(help: ArgumentHelp("Folder of the last publication (default: the plans' folder's publication/).", valueName: "DIR"))
    var publication: String?

    @Option(help: "Output format of the report.")
    var format: OutputFormat = .text

    var sqlitePath: String { from.hasPrefix("sqlite:") ? String(from.dropFirst("sqlite:".count)) : from }

    func validate() throws {
        guard from.hasPrefix("sqlite:"), !sqlitePath.isEmpty else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--from : attendu sqlite:FICHIER, reçu « \(from) »", en: "--from: expected sqlite:FILE, got '\(from)'"),
                fix: LocalizedText(
                    fr: "écrivez --from sqlite:calendars/jumelage-ledger.sqlite", en: "write --from sqlite:calendars/jumelage-ledger.sqlite"
                )
            ).validation
        }
        guard PostgresURL.isPostgres(to) else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--to : attendu postgres://…", en: "--to: expected postgres://…"),
                fix: LocalizedText(
                    fr: "écrivez --to postgres://utilisateur@serveur:port/base", en: "write --to postgres://user@host:port/database")
            ).validation
        }
        do { _ = try PostgresURL.parse(to) } catch { throw CommandLineError.usage(error.message, fix: error.fix).validation }
    }

    func run() throws {
        let (path, format) = (sqlitePath, format)
        let folder = plans ?? (sqlitePath as NSString).deletingLastPathComponent
        let published = publication ?? ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent("publication")
        let target = to
        let language = Failure.language
        try Failure.guarded {
            let url = try PostgresURL.parse(target)
            try AsyncBody.wait {
                let checks = try await StoreMigrator.migrate(
                    sqlitePath: path, plansFolder: folder.isEmpty ? "." : folder, publicationFolder: published, to: url)
                switch format {
                case .json: print(try JSONOutput.string(checks))
                case .text:
                    for check in checks {
                        print("\(check.table): \(check.rows) \(language == .fr ? "lignes" : "rows"), sha256 \(check.sha256.prefix(16)) ✓")
                    }
                    print(
                        language == .fr
                            ? "copié et vérifié dans \(url.redactedDescription)" : "copied and verified into \(url.redactedDescription)")
                }
            }
        }
    }
}
