import ArgumentParser
import Bilingual
import FeedServer
import Foundation
import WorkspacePostgres
import WorkspacePolls
import WorkspaceServer

/// `jumelage workspace DIR [--host 127.0.0.1] [--port 8080] [--database sqlite:FILE|postgres://…]`
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace",
        abstract: "Serves the coordinators' workspace in the browser, with the feeds and pages `serve` serves.",
        discussion: """
            The plans stay the YAML files of DIR: a form edit changes only the lines of what it edits. Accounts, \
            sessions, history and the publication ledger live in DIR/jumelage-ledger.sqlite. With --database \
            postgres://user[:password]@host[:port]/database (the password may be in PGPASSWORD instead), accounts, \
            sessions, history and the plans' text live in PostgreSQL, shared by several workspace servers; on first \
            start with no plan in the database, the plans of DIR are imported; the publication ledger stays in \
            DIR/jumelage-ledger.sqlite. With no account yet, prints a one-time link that creates the first \
            administrator. Feeds are published into DIR/publication.
            """)

    @Argument(help: ArgumentHelp("Folder of the plans (*.yaml).", valueName: "DIR"))
    var directory: String

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(
        help: ArgumentHelp(
            "Database: sqlite:FILE (default: DIR/jumelage-ledger.sqlite) or postgres://user[:password]@host[:port]/database.",
            valueName: "URL"))
    var database: String?

    @Option(help: ArgumentHelp("Folder the workspace publishes into (default: DIR/publication).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("Folder whose holidays/, blackouts/ and academic/ add to the shipped calendars.", valueName: "DIR"))
    var calendars: String?

    @Option(
        help: ArgumentHelp("Public origin (https://…) when served behind a proxy: links use it and cookies are Secure.", valueName: "URL"))
    var baseURL: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: String = "info"

    @OptionGroup(title: "Invitations by email") var mail: SMTPArguments

    @OptionGroup var caldav: CalDAVArguments

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw CommandLineError.usage(LocalizedText(fr: "--port doit aller de 0 à 65535", en: "--port must be 0–65535")).validation
        }
        guard ServeCommand.isAddress(host) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--host « \(host) » n'est pas une adresse IP ni « localhost »",
                    en: "--host '\(host)' is not an IP address nor 'localhost'"),
                fix: LocalizedText(fr: "écrivez par exemple 127.0.0.1", en: "write for example 127.0.0.1")
            ).validation
        }
        guard ServerLogging.isLevel(logLevel) else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--log-level : niveau inconnu « \(logLevel) »", en: "--log-level: unknown level '\(logLevel)'")
            ).validation
        }
        if let database, PostgresURL.isPostgres(database) {
            do { _ = try PostgresURL.parse(database) } catch { throw CommandLineError.usage(error.message, fix: error.fix).validation }
        } else if let database, !database.hasPrefix("sqlite:") {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--database : « \(database) » n'est pas une base connue", en: "--database: '\(database)' is not a known database"),
                fix: LocalizedText(
                    fr: "écrivez sqlite:FICHIER ou postgres://utilisateur@serveur:port/base",
                    en: "write sqlite:FILE or postgres://user@host:port/database")
            ).validation
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandLineError.usage(
                LocalizedText(fr: "\(directory) : aucun dossier de ce nom", en: "\(directory): no such folder"),
                fix: LocalizedText(
                    fr: "nommez le dossier des plans (par exemple calendars)", en: "name the folder of the plans (for example calendars)")
            ).validation
        }
    }

    func run() throws {
        ServerLogging.bootstrap()
        try Failure.guarded {
            var arguments = WorkspaceArguments(
                folder: directory, hostname: host, port: port, database: database, publicationFolder: out, calendarsDirectory: calendars,
                baseURL: baseURL, logLevel: logLevel, smtp: try mail.settings())
            arguments.caldav = try caldav.target()
            arguments.caldavOverwrite = caldav.caldavOverwrite
            let prepared = arguments
            try AsyncBody.wait {
                try await WorkspaceApplication.run(prepared, more: [PollRoutes.routes]) { line in
                    // Unbuffered: the first-access link must reach a pipe at once.
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            }
        }
    }
}
