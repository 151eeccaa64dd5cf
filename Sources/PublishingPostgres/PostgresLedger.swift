import Foundation
import Logging
import PostgresNIO
import Publishing
import WorkspacePostgres

/// The publication ledger on PostgreSQL (the `ledger_…` tables of `PostgresSchema`, migration 4),
/// shared by every workspace server and `jumelage publish --database`: the SQLite ledger's rows,
/// ids included, plus every file each publication wrote (`ledger_publication_file`), so that any
/// server serves exactly the same bytes.
///
/// Reads run on a small pool that reconnects by itself; a publication holds a connection of its
/// own (`connect()`) for its advisory lock and its one transaction.
package final class PostgresLedger: Sendable {
    package let url: PostgresURL
    /// The schemas the tables are in (tests); nil for the connection's default.
    let searchPath: String?
    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>

    /// The key of the session-level advisory lock one publication at a time holds ("jumelpub").
    static let publicationLockKey: Int64 = 0x6A75_6D65_6C70_7562

    /// The NOTIFY channel of new publications and token changes (one per schema, as the plans').
    var channel: String {
        "jumelage_publications"
            + (searchPath.map { "_" + String($0.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) } ?? "")
    }

    /// What `publication.json` names as the ledger: the database, without user or password.
    package var storeName: String {
        let host = url.host.contains(":") ? "[\(url.host)]" : url.host
        return "postgres://\(host):\(url.port)/\(url.database)"
    }

    /// Connects, applies the migrations, and starts the pool. Throws `PostgresUnavailable`.
    package init(url: PostgresURL, searchPath: String? = nil, maximumConnections: Int = 4) async throws {
        self.url = url
        self.searchPath = searchPath
        var logger = Logger(label: "jumelage.ledger.postgres")
        logger.logLevel = .error
        self.logger = logger
        try await PostgresSchema.prepare(url: url, searchPath: searchPath, logger: logger)
        let client = PostgresClient(
            configuration: try url.clientConfiguration(searchPath: searchPath, maximumConnections: maximumConnections),
            backgroundLogger: logger)
        self.client = client
        runTask = Task { await client.run() }
    }

    deinit {
        runTask.cancel()
    }

    /// Stops the pool; the ledger is unusable afterwards.
    package func shutdown() async {
        runTask.cancel()
        await runTask.value
    }

    /// A connection of its own, for a publication: closed by the caller.
    func connect() async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: try url.connectionConfiguration(searchPath: searchPath), id: 2, logger: logger)
    }

    /// One transaction on a pooled connection.
    func transaction<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        let logger = logger
        return try await client.withConnection { connection in
            try await PostgresTransaction.run(on: connection, logger: logger, body)
        }
    }

    @discardableResult
    func rows(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    // MARK: Reading

    /// The last publication's id and time, nil before the first.
    package func lastPublication() async throws -> (id: Int64, publishedAt: Int64)? {
        try await transaction { connection in
            try await self.rows(connection, "SELECT id, published_at FROM ledger_publication ORDER BY id DESC LIMIT 1")
                .first.map { try $0.decode((Int64, Int64).self) }
        }
    }

    /// The rows after a copy's last publication `mark`, in one consistent snapshot; nil when the
    /// copy is not a beginning of this ledger (its last publication is not here as it has it, or it
    /// has event versions this ledger does not): then it must be made again from `rows(after: nil)`.
    package func rows(after mark: ReplicaMark?) async throws -> LedgerRows? {
        try await transaction { connection in
            try await self.rows(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            let start = mark?.publicationID ?? 0
            if let mark {
                let known = try await self.rows(
                    connection, "SELECT published_at FROM ledger_publication WHERE id = \(mark.publicationID)"
                ).first.map { try $0.decode(Int64.self) }
                let versions = try await self.rows(
                    connection, "SELECT COALESCE(MAX(id), 0) FROM ledger_event_version WHERE publication_id <= \(mark.publicationID)"
                ).first.map { try $0.decode(Int64.self) }
                guard known == mark.publishedAt, versions == mark.lastVersionID else { return nil }
            }
            return try await LedgerRowCoding.read(after: start, on: connection, logger: self.logger)
        }
    }

    /// The path and SHA-256 of every file of a publication, by path.
    package func fileDigests(ofPublication id: Int64) async throws -> [String: String] {
        try await transaction { connection in
            var digests: [String: String] = [:]
            for row in try await self.rows(connection, "SELECT path, sha256 FROM ledger_publication_file WHERE publication_id = \(id)") {
                let (path, sha256) = try row.decode((String, String).self)
                digests[path] = sha256
            }
            return digests
        }
    }

    /// The bytes of the files with these SHA-256, by SHA-256.
    package func fileBytes(_ digests: Set<String>) async throws -> [String: Data] {
        guard !digests.isEmpty else { return [:] }
        let wanted = Array(digests).sorted()
        return try await transaction { connection in
            var bytes: [String: Data] = [:]
            for row in try await self.rows(connection, "SELECT sha256, bytes FROM ledger_file_blob WHERE sha256 = ANY(\(wanted))") {
                let (sha256, data) = try row.decode((String, Data).self)
                bytes[sha256] = data
            }
            return bytes
        }
    }
}
