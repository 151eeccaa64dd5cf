import ArgumentParser
import Bilingual
import WorkspacePostgres
import WorkspaceServer

/// `--database postgres://…` of `export` and `import`: a shared database is required.
struct SharedDatabaseOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The shared database: postgres://user[:password]@host[:port]/database (the password may be in PGPASSWORD instead).",
            valueName: "URL"))
    var database: String

    func validate() throws {
        guard PostgresURL.isPostgres(database) else {
            let (message, fix) = PlanTransferError.notShared.text
            throw CommandLineError.usage(message, fix: fix).validation
        }
        do { _ = try PostgresURL.parse(database) } catch { throw CommandLineError.usage(error.message, fix: error.fix).validation }
    }

    /// Connects (applying the schema's migrations); the plans of that database.
    func open() async throws -> (store: PostgresWorkspaceStore, documents: PostgresPlanDocuments) {
        let store = try await PostgresWorkspaceStore(url: try PostgresURL.parse(database), maximumConnections: 2)
        return (store, PostgresPlanDocuments(store: store))
    }
}
