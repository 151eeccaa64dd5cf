import Foundation

/// The right to deliver the outbox: an exclusive `flock` on a file beside the database, or a
/// lock the database holds for one connection (PostgreSQL's advisory lock). The kernel or the
/// database releases it when the process ends, however it ends, so a row found in `sending`
/// under the lease was left by a process that is gone.
public final class DeliveryLease: Sendable {
    private let descriptor: Int32
    private let release: (@Sendable () -> Void)?

    /// A lease another store holds its own way; `release` runs when the lease ends.
    package init(release: @escaping @Sendable () -> Void) {
        descriptor = -1
        self.release = release
    }

    /// nil when another process (or another lease of this one) holds it.
    init?(path: String) throws(DeliveryError) {
        release = nil
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outbox(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit {
        if let release { release() }
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
