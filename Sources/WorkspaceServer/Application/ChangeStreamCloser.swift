import ServiceLifecycle
import WorkspaceCore
import WorkspacePages

/// Ends every open change stream when the server is asked to stop, so that graceful shutdown does
/// not wait on pages left open.
struct ChangeStreamCloser: Service {
    let changes: ChangeBroadcaster

    func run() async throws {
        try? await gracefulShutdown()
        changes.finish()
    }
}
