import Foundation
import Synchronization

/// Runs an async command body from a synchronous `run()` and waits for it; its error is thrown
/// as it is (then mapped by `Failure.guarded`).
enum AsyncBody {
    static func wait(_ body: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await body()
                outcome.withLock { $0 = .success(()) }
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        try outcome.withLock { $0 }?.get()
    }
}
