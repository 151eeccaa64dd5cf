import Foundation

/// One publication at a time per output folder: an exclusive `flock` on a lock file in it. The
/// kernel releases it when the process ends, however it ends.
final class PublicationLock {
    static let fileName = ".jumelage-publish.lock"

    private let descriptor: Int32

    init(directory: String) throws(PublicationError) {
        let path = (directory as NSString).appendingPathComponent(Self.fileName)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublicationError.write(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw PublicationError.busy(directory: directory)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
