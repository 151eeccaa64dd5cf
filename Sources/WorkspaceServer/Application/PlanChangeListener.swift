import Logging
import ServiceLifecycle
import WorkspaceCore
import WorkspaceStore

/// With a shared database (PostgreSQL), re-reads the plans as soon as any server saves one
/// (LISTEN/NOTIFY), so that open pages everywhere see an edit within a second or two; and once
/// each time listening starts again, for the saves missed while it was down.
struct PlanChangeListener: Service {
    let workspace: PlanWorkspace
    let notifier: any PlanChangeNotifier
    let logger: Logger

    static let summary = "modifié sur un autre serveur de l'espace / changed on another workspace server"

    func run() async throws {
        let workspace = workspace
        let logger = logger
        let reload: @Sendable () async -> Void = {
            do {
                try await workspace.reload(summary: Self.summary)
            } catch {
                logger.error("reading the plans failed", metadata: ["error": .string(String(describing: error))])
            }
        }
        await cancelWhenGracefulShutdown {
            await notifier.listen(retryCap: .seconds(5), connected: reload) { _ in await reload() }
        }
    }
}
