import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serialises the saves of one workspace folder: first among the tasks of this process (in the
/// order they asked), then among processes, through `flock` on a lock file in the folder. The
/// lock file stays (it is hidden and empty); a process that dies releases its `flock`.
final class PlanFolderLock: Sendable {
    let lockFilePath: String
    private let turns = Turns()

    init(lockFilePath: String) {
        self.lockFilePath = lockFilePath
    }

    /// Runs `body` holding the lock, and releases it however `body` ends.
    func withLock<T>(_ body: () async throws -> T) async throws -> T {
        await turns.acquire()
        let descriptor: Int32
        do { descriptor = try await lockFile() } catch {
            await turns.release()
            throw error
        }
        do {
            let result = try await body()
            close(descriptor)
            await turns.release()
            return result
        } catch {
            close(descriptor)
            await turns.release()
            throw error
        }
    }

    /// Opens the lock file and takes its `flock`, polling so that no thread blocks while another
    /// process holds it. Throws `PlanDocumentError.io`, or `CancellationError` if the task is
    /// cancelled while it waits.
    private func lockFile() async throws -> Int32 {
        let descriptor = open(lockFilePath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PlanDocumentError.io(file: lockFilePath, operation: "open the lock file", reason: String(cString: strerror(errno)))
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            guard reason == EWOULDBLOCK || reason == EINTR else {
                close(descriptor)
                throw PlanDocumentError.io(file: lockFilePath, operation: "lock", reason: String(cString: strerror(reason)))
            }
            do { try await Task.sleep(nanoseconds: 5_000_000) } catch {
                close(descriptor)
                throw error
            }
        }
        return descriptor
    }

    /// One task at a time, first come first served.
    private actor Turns {
        private var taken = false
        private var waiting: [CheckedContinuation<Void, Never>] = []

        func acquire() async {
            guard taken else {
                taken = true
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func release() {
            if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
        }
    }
}
