import Logging
import ServiceLifecycle
import WorkspaceCore
import WorkspacePages

/// Picks up plans changed outside the workspace (a text editor, `git pull`, the CLI): every
/// `interval`, reads the folder's plans again and re-plans if a text changed; open pages are told.
struct PlanFolderWatcher: Service {
    let workspace: PlanWorkspace
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                do {
                    try await workspace.reload()
                } catch {
                    logger.error("reading the plans failed", metadata: ["error": .string(String(describing: error))])
                }
            }
        }
    }
}
