import Foundation
import WorkspaceCore
import WorkspacePages

/// What `jumelage workspace` is given.
package struct WorkspaceArguments: Sendable {
    /// The folder of the plans (`*.yaml`); the database and the publication go beside them.
    package var folder: String
    package var hostname: String
    package var port: Int
    /// `sqlite:FILE` (default `FOLDER/jumelage-ledger.sqlite`).
    package var database: String?
    /// Where feeds are published (default `FOLDER/publication`).
    package var publicationFolder: String?
    package var calendarsDirectory: String?
    package var baseURL: String?
    package var logLevel: String

    package init(
        folder: String, hostname: String = "127.0.0.1", port: Int = 8080, database: String? = nil, publicationFolder: String? = nil,
        calendarsDirectory: String? = nil, baseURL: String? = nil, logLevel: String = "info"
    ) {
        self.folder = folder
        self.hostname = hostname
        self.port = port
        self.database = database
        self.publicationFolder = publicationFolder
        self.calendarsDirectory = calendarsDirectory
        self.baseURL = baseURL
        self.logLevel = logLevel
    }

    package var databasePath: String {
        if let database {
            return database.hasPrefix("sqlite:") ? String(database.dropFirst("sqlite:".count)) : database
        }
        return (folder as NSString).appendingPathComponent("jumelage-ledger.sqlite")
    }

    package var publicationPath: String { publicationFolder ?? (folder as NSString).appendingPathComponent("publication") }
}
