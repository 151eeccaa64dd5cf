import Foundation

/// The right to deliver the outbox: an exclusive `flock` on a file beside the database. The
/// kernel releases it when the process ends, however it ends, so a row found in `sending`
/// under the lease was left by a process that is gone.
public final class DeliveryLease: Sendable {
    private let descriptor: Int32

    /// nil when another process (or another lease of this one) holds it.
    init?(path: String) throws(DeliveryError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outbox(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
