import Logging
import PostgresNIO

/// One transaction on one connection: `BEGIN`, the body, `COMMIT`; `ROLLBACK` when the body
/// throws (and the body's error is what is thrown, not a wrapper). A connection lost before
/// `COMMIT` commits nothing: the server rolls the transaction back.
package enum PostgresTransaction {
    package static func run<Result: Sendable>(
        on connection: PostgresConnection, logger: Logger, _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await connection.query("BEGIN", logger: logger)
        let value: Result
        do {
            value = try await body(connection)
        } catch {
            // A closed connection cannot roll back; the server already has.
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
        try await connection.query("COMMIT", logger: logger)
        return value
    }
}
