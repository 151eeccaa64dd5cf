import Foundation
import PostgresNIO
import Testing
import WorkspacePostgres

@testable import WorkspaceStore

/// The databases the storage tests run against. PostgreSQL only when `JUMELAGE_TEST_POSTGRES_URL`
/// names a database the tests may fill (`make check` and `make test` start a throwaway server
/// with `tools/with_postgres.sh` and set it, so there the PostgreSQL cases always run).
enum StoreKind: String, Sendable, Hashable, CustomTestStringConvertible {
    case sqlite, postgres

    static let urlVariable = "JUMELAGE_TEST_POSTGRES_URL"

    static var available: [StoreKind] {
        ProcessInfo.processInfo.environment[urlVariable].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] } ?? [.sqlite]
    }

    /// Only PostgreSQL, when available (tests of `PostgresPlanDocuments`).
    static var postgresIfAvailable: [StoreKind] { available.filter { $0 == .postgres } }

    var testDescription: String { rawValue }

    static func postgresURL() throws -> PostgresURL {
        try PostgresURL.parse(ProcessInfo.processInfo.environment[urlVariable] ?? "")
    }
}

/// A fresh, empty workspace store of one kind: SQLite in a scratch folder; PostgreSQL in a schema
/// of its own (`test_<random>`, the connections' `search_path`), so that tests run in parallel
/// on one database without seeing each other. The folder exists for both kinds.
final class ScratchStore {
    let kind: StoreKind
    let folder: ScratchFolder
    let schema: String?
    let store: any WorkspaceStore

    init(_ kind: StoreKind) async throws {
        self.kind = kind
        folder = try ScratchFolder()
        switch kind {
        case .sqlite:
            schema = nil
            store = try folder.store()
        case .postgres:
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await Self.createSchema(schema)
            self.schema = schema
            store = try await PostgresWorkspaceStore(url: try StoreKind.postgresURL(), searchPath: schema, maximumConnections: 4)
        }
    }

    /// Another store on the same database (another process, as far as the database can tell).
    func another() async throws -> any WorkspaceStore {
        switch kind {
        case .sqlite: try folder.store()
        case .postgres: try await postgresStore()
        }
    }

    /// A new `PostgresWorkspaceStore` on this schema (PostgreSQL only).
    func postgresStore() async throws -> PostgresWorkspaceStore {
        try await PostgresWorkspaceStore(url: try StoreKind.postgresURL(), searchPath: schema, maximumConnections: 4)
    }

    static func createSchema(_ schema: String) async throws {
        let url = try StoreKind.postgresURL()
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "test"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: Logger(label: "test"))
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
