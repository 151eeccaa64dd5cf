import Logging
import PostgresNIO

/// The store's connections: at most `maximum` open, reused while they are healthy. A connection
/// that failed (the server ended it, restarted, or the network was cut) is closed and never lent
/// again, and a closed idle one is dropped when met; the next lease opens a new one. Waiters are
/// served in order as connections come back. (PostgresNIO's own pool, PostgresClient, was
/// replaced by this one: after the server terminated a connection, its later leases could wait
/// forever — 1 run in 10 of the kill test.)
actor PostgresConnectionPool {
    let configuration: PostgresConnection.Configuration
    let maximum: Int
    let logger: Logger
    private var idle: [PostgresConnection] = []
    /// Lent, idle or being opened.
    private var open = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var nextID = 100
    private var closed = false

    struct Closed: Error {}

    init(configuration: PostgresConnection.Configuration, maximum: Int, logger: Logger) {
        self.configuration = configuration
        self.maximum = max(1, maximum)
        self.logger = logger
    }

    /// Runs `body` on a lent connection; a failure that leaves the connection unusable closes it.
    nonisolated func withConnection<Result: Sendable>(
        _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            await giveBack(connection, healthy: true)
            return result
        } catch {
            await giveBack(connection, healthy: !Self.endsConnection(error))
            throw error
        }
    }

    func lease() async throws -> PostgresConnection {
        while true {
            guard !closed else { throw Closed() }
            while let connection = idle.popLast() {
                if !connection.isClosed { return connection }
                open -= 1
            }
            if open < maximum {
                open += 1
                nextID += 1
                do {
                    return try await PostgresConnection.connect(configuration: configuration, id: nextID, logger: logger)
                } catch {
                    open -= 1
                    wakeOne()
                    throw error
                }
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    func giveBack(_ connection: PostgresConnection, healthy: Bool) {
        if healthy, !closed, !connection.isClosed {
            idle.append(connection)
        } else {
            open -= 1
            Task { try? await connection.close() }
        }
        wakeOne()
    }

    /// Closes every idle connection; leases fail from now on.
    func shutdown() async {
        closed = true
        let closing = idle
        idle = []
        open -= closing.count
        for connection in closing { try? await connection.close() }
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    private func wakeOne() {
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    /// Whether `error` means the connection cannot be used again.
    static func endsConnection(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return PostgresTransaction.isClosedConnection(error) }
        if let error = error as? PostgresTransaction.NotBegun { return endsConnection(error.underlying) }
        if error is PostgresTransaction.ConnectionClosed { return true }
        return false
    }
}
