import Logging
import PostgresNIO

extension PostgresSchema {
    /// Connects once, applies the migrations not applied yet, and disconnects: what every user of
    /// the database does before anything else. Throws `PostgresUnavailable` when the server cannot
    /// be reached or refuses.
    package static func prepare(url: PostgresURL, searchPath: String?, logger: Logger) async throws(PostgresUnavailable) {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try url.connectionConfiguration(searchPath: searchPath), id: 0, logger: logger)
            do {
                try await migrate(connection, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch {
            throw PostgresUnavailable(url: url.redactedDescription, reason: PostgresWorkspaceStore.reason(error))
        }
    }
}
