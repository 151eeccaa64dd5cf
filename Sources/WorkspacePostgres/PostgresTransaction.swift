import Logging
import PostgresNIO
import WorkspaceStore

/// One transaction on one connection: `BEGIN`, the body, `COMMIT`; `ROLLBACK` when the body
/// throws (and the body's error is what is thrown, not a wrapper). A connection lost before
/// `COMMIT` commits nothing: the server rolls the transaction back.
///
/// No statement is sent on a connection already closed: PostgresNIO (1.33) never answers one,
/// so a `ROLLBACK` after the server ended the session would wait forever (seen 1 run in 10 of
/// the kill test).
package enum PostgresTransaction {
    /// The pool handed out a connection that was already closed (the server ended it, or
    /// restarted): `BEGIN` failed, so nothing of the transaction ran and it may run again on
    /// another connection.
    struct NotBegun: Error {
        var underlying: any Error
    }

    /// The connection was closed before a statement could be sent on it.
    struct ConnectionClosed: Error, CustomStringConvertible {
        var description: String { "the connection to PostgreSQL was closed" }
    }

    package static func run<Result: Sendable>(
        on connection: PostgresConnection, logger: Logger, _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        guard !connection.isClosed else { throw NotBegun(underlying: ConnectionClosed()) }
        do {
            try await connection.query("BEGIN", logger: logger)
        } catch let error as PSQLError where isClosedConnection(error) {
            throw NotBegun(underlying: error)
        }
        let value: Result
        do {
            value = try await body(connection)
        } catch {
            if isRefusal(error), !connection.isClosed {
                _ = try? await connection.query("ROLLBACK", logger: logger)
            } else {
                // A failure of the connection or of the server: the session may be ending, and a
                // ROLLBACK sent now might never be answered. Closing rolls back just as well.
                try? await connection.close()
            }
            throw error
        }
        // Closed before COMMIT: the server rolled the transaction back.
        guard !connection.isClosed else { throw ConnectionClosed() }
        try await connection.query("COMMIT", logger: logger)
        return value
    }

    /// The store's own refusals, thrown after the statements before them were answered: the
    /// connection is healthy and a ROLLBACK is answered.
    static func isRefusal(_ error: any Error) -> Bool {
        error is RevisionConflict || error is WorkspaceStoreError || error is PlanDocumentError
    }

    static func isClosedConnection(_ error: PSQLError) -> Bool {
        [.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown].contains(error.code)
    }
}
