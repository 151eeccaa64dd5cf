import Delivery
import Logging
import ServiceLifecycle

/// Sends the outbox's due messages while the workspace runs: after each publication at once, and
/// every `interval` for the retries (each message's own back-off decides whether it is due).
struct OutboxService: Service {
    let mail: WorkspaceMail
    let settings: SMTPSettings
    let interval: Duration
    let logger: Logger

    func run() async throws {
        let deliverer = OutboxDeliverer(store: mail.outbox, settings: settings)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                // Ticks of the retry clock, merged with the publications' wake-ups.
                group.addTask {
                    while !Task.isCancelled {
                        do { try await Task.sleep(for: interval) } catch { return }
                        await deliver(deliverer)
                    }
                }
                group.addTask {
                    for await _ in mail.wakes { await deliver(deliverer) }
                }
                await group.next()
                group.cancelAll()
            }
        }
    }

    func deliver(_ deliverer: OutboxDeliverer) async {
        do {
            let round = try await deliverer.deliverDue()
            if let problem = round.problem {
                logger.warning(
                    "invitations not sent yet", metadata: ["reason": .string(problem), "server": .string(settings.server.redacted)])
            }
        } catch {
            logger.error("sending invitations failed", metadata: ["error": .string(String(describing: error))])
        }
    }
}
