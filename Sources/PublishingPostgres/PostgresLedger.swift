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
/// Every transaction runs on a connection of its own, opened for it and closed after it (a
/// PostgreSQL restart costs nothing more than the transaction it cut), and closed by a watchdog
/// when the server has not answered within `answerLimit`, so that no call waits for ever; a
/// publication holds its connection for its advisory lock and its one transaction.
package final class PostgresLedger: Sendable {
    package let url: PostgresURL
    /// The schemas the tables are in (tests); nil for the connection's default.
    let searchPath: String?
    let logger: Logger
    /// How long a transaction may wait for the server's answers.
    let answerLimit: Duration

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

    /// Connects once and applies the migrations. Throws `PostgresUnavailable`.
    package init(url: PostgresURL, searchPath: String? = nil, answerLimit: Duration = .seconds(120)) async throws {
        self.url = url
        self.searchPath = searchPath
        self.answerLimit = answerLimit
        var logger = Logger(label: "jumelage.ledger.postgres")
        logger.logLevel = .error
        self.logger = logger
        try await PostgresSchema.prepare(url: url, searchPath: searchPath, logger: logger)
    }

    /// A connection of its own, for a publication: closed by the caller.
    func connect() async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: try url.connectionConfiguration(searchPath: searchPath), id: 2, logger: logger)
    }

    /// One transaction on a connection of its own.
    func transaction<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        let connection = try await connect()
        let watchdog = closing(connection, after: answerLimit)
        defer { watchdog.cancel() }
        let logger = logger
        do {
            let result = try await ConnectionAnswer.of(connection) {
                try await PostgresTransaction.run(on: connection, logger: logger, body)
            }
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Closes `connection` after `limit` unless cancelled first: what it still waits for then fails.
    func closing(_ connection: PostgresConnection, after limit: Duration) -> Task<Void, Never> {
        Task {
            guard (try? await Task.sleep(for: limit)) != nil else { return }
            try? await connection.close()
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
