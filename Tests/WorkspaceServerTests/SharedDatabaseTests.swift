import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import Testing
import WorkspacePostgres
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspaceServer

/// Several workspace servers on one PostgreSQL database: an edit on one reaches the others' open
/// pages through LISTEN/NOTIFY, also after the listening connection was cut. Runs when
/// `JUMELAGE_TEST_POSTGRES_URL` names a server (`make test` starts one, tools/with_postgres.sh);
/// each test gets a database of its own.
@Suite(.enabled(if: SharedDatabase.serverURL != nil))
struct SharedDatabaseTests {
    @Test func anEditOnOneServerReachesTheOthersPagesWithinTwoSeconds() async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        try await second.listening { listened in
            try await listened.connectedOnce()
            let stream = second.services.workspace.changes.subscribe()
            let (edited, elapsed) = try await Self.timed {
                try await Self.addNote(to: first, author: "Marie")
            } until: {
                var iterator = stream.makeAsyncIterator()
                return await iterator.next()
            }
            #expect(elapsed < .seconds(2), "took \(elapsed)")
            #expect(edited.notice?.planID == "quebec-namur-2024-2026")
            #expect(edited.notice?.summary == PlanChangeListener.summary)
            #expect(second.services.workspace.snapshot.plan(id: "quebec-namur-2024-2026")?.document.text == edited.text)
        }
    }

    @Test func aCutListeningConnectionReconnectsAndCatchesUp() async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        try await second.listening { listened in
            try await listened.connectedOnce()
            // The server drops the listening connection (as a PostgreSQL restart would), then a save.
            #expect(try await database.terminateListeners() == 1)
            let text = try await Self.addNote(to: first, author: "Marie")
            try await listened.connected(times: 2)
            try await Self.eventually { second.services.workspace.snapshot.plan(id: "quebec-namur-2024-2026")?.document.text == text }
        }
    }

    /// Appends a comment to the Québec–Namur plan through `fixture`'s workspace; returns the text.
    @discardableResult
    static func addNote(to fixture: WorkspaceFixture, author: String) async throws -> String {
        let workspace = fixture.services.workspace
        let loaded = try #require(workspace.snapshot.plan(id: "quebec-namur-2024-2026"))
        let text = loaded.document.text + "# note de \(author)\n"
        _ = try await workspace.save(
            file: loaded.file, text: text, baseRevision: loaded.document.revision,
            intent: SaveIntent(planID: loaded.id, userID: nil, author: author, summary: "note", eventIDs: [], at: WorkspaceFixture.now))
        return text
    }

    static func timed(
        _ action: () async throws -> String, until arrived: @escaping @Sendable () async -> ChangeBroadcaster.Notice?
    ) async throws -> ((text: String, notice: ChangeBroadcaster.Notice?), Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        // Given up after 5 s: no notice then.
        let waiting = Task {
            await withTaskGroup(of: ChangeBroadcaster.Notice?.self) { group in
                group.addTask { await arrived() }
                group.addTask {
                    try? await Task.sleep(for: .seconds(5))
                    return nil
                }
                let first = await group.next() ?? nil
                group.cancelAll()
                return first
            }
        }
        let text = try await action()
        let notice = await waiting.value
        return ((text, notice), clock.now - start)
    }

    static func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("not reached within \(limit)")
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

extension WorkspaceFixture {
    /// Runs this server's plan-change listener (as `jumelage workspace` does on PostgreSQL) while
    /// `body` runs.
    func listening(_ body: (Listened) async throws -> Void) async throws {
        let notifier = try #require(services.workspace.documents as? any PlanChangeNotifier)
        let listened = Listened()
        let workspace = services.workspace
        let task = Task {
            await notifier.listen(
                retryCap: .seconds(1),
                connected: {
                    _ = try? await workspace.reload(summary: PlanChangeListener.summary)
                    await listened.connect()
                },
                changed: { _ in _ = try? await workspace.reload(summary: PlanChangeListener.summary) })
        }
        defer { task.cancel() }
        try await body(listened)
    }

    /// How many times listening started.
    actor Listened {
        private(set) var connections = 0
        func connect() { connections += 1 }

        func connectedOnce() async throws { try await connected(times: 1) }

        func connected(times: Int) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while connections < times {
                guard ContinuousClock.now < deadline else { throw CancellationError() }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }
}

/// A fresh database on the test server, dropped (with its connections) when released.
final class SharedDatabase: Sendable {
    static let serverURL = ProcessInfo.processInfo.environment["JUMELAGE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    let name: String
    let url: String
    private let server: PostgresURL

    init() async throws {
        let serverText = try #require(Self.serverURL)
        server = try PostgresURL.parse(serverText, environment: [:])
        name = "shared_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await Self.run(on: server, "CREATE DATABASE \(name)")
        var components = try #require(URLComponents(string: serverText))
        components.path = "/" + name
        url = try #require(components.string)
    }

    deinit {
        let server = server, name = name
        Task { try? await Self.run(on: server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// Ends every backend of this database that is LISTENing; returns how many.
    func terminateListeners() async throws -> Int {
        try await Self.run(
            on: server,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)' AND query LIKE 'LISTEN%'")
    }

    @discardableResult
    static func run(on server: PostgresURL, _ sql: String) async throws -> Int {
        var configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.user, password: server.password, database: server.database,
            tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 9, logger: Logger(label: "test"))
        defer { Task { try? await connection.close() } }
        return try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test")).collect().count
    }
}
