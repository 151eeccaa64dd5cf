import Delivery
import CalDAVPush
import Foundation
import WorkspaceCore
import WorkspacePages
import WorkspacePostgres

/// What `jumelage workspace` is given.
package struct WorkspaceArguments: Sendable {
    /// The folder of the plans (`*.yaml`); the database and the publication go beside them.
    package var folder: String
    package var hostname: String
    package var port: Int
    /// `sqlite:FILE` (default `FOLDER/jumelage-ledger.sqlite`) or
    /// `postgres://user[:password]@host[:port]/database` (password also from `PGPASSWORD`).
    package var database: String?
    /// Where feeds are published (default `FOLDER/publication`).
    package var publicationFolder: String?
    package var calendarsDirectory: String?
    package var baseURL: String?
    package var logLevel: String
    /// Where publications send their invitations (`--smtp`); nil: invitations are not sent.
    package var smtp: SMTPSettings?
    /// `--caldav`: where each publication's feeds are also pushed; nil for nowhere.
    package var caldav: CalDAVTarget?
    /// `--caldav-overwrite`: take back what someone else changed in the collections.
    package var caldavOverwrite = false

    package init(
        folder: String, hostname: String = "127.0.0.1", port: Int = 8080, database: String? = nil, publicationFolder: String? = nil,
        calendarsDirectory: String? = nil, baseURL: String? = nil, logLevel: String = "info", smtp: SMTPSettings? = nil
    ) {
        self.folder = folder
        self.hostname = hostname
        self.port = port
        self.database = database
        self.publicationFolder = publicationFolder
        self.calendarsDirectory = calendarsDirectory
        self.baseURL = baseURL
        self.logLevel = logLevel
        self.smtp = smtp
    }

    /// The PostgreSQL database when `database` is a `postgres://` URL, nil for SQLite. Throws
    /// `PostgresURLError` (exit 64) when the URL is malformed.
    package func postgresURL(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PostgresURLError)
        -> PostgresURL?
    {
        guard let database, PostgresURL.isPostgres(database) else { return nil }
        return try PostgresURL.parse(database, environment: environment)
    }

    /// The SQLite file: the workspace's store and the publication ledger, or with PostgreSQL this
    /// server's working copy of the shared ledger (`FOLDER/.jumelage-shared/ledger.sqlite`).
    package var databasePath: String {
        if let database, !PostgresURL.isPostgres(database) {
            return database.hasPrefix("sqlite:") ? String(database.dropFirst("sqlite:".count)) : database
        }
        if database != nil { return (sharedCachePath as NSString).appendingPathComponent("ledger.sqlite") }
        return (folder as NSString).appendingPathComponent("jumelage-ledger.sqlite")
    }

    /// With PostgreSQL: the folder of this server's working copy of the shared ledger and of its
    /// publications' staging (`FOLDER/.jumelage-shared`); it can be deleted while the server is stopped.
    package var sharedCachePath: String { (folder as NSString).appendingPathComponent(".jumelage-shared") }

    package var publicationPath: String { publicationFolder ?? (folder as NSString).appendingPathComponent("publication") }
}
