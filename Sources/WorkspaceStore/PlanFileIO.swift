import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX calls a durable save needs: read a file that may be absent, write and sync a
/// file, rename over, sync a folder. Every failure names the file (by the name the user knows)
/// and the system's reason.
enum PlanFileIO {
    /// The file's bytes, or nil if there is no such file.
    static func readIfPresent(_ path: String, name: String) throws(PlanDocumentError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw failure(name, "read")
        }
        defer { close(descriptor) }
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(name, "read")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Creates `path` (it must not exist), writes `bytes`, and syncs them to the disk. The file
    /// gets the permissions of `permissionsOf` when that file exists, else 0644.
    static func writeSynced(_ bytes: Data, to path: String, permissionsOf model: String, name: String) throws(PlanDocumentError) {
        var status = stat()
        let mode: mode_t = stat(model, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(name, "write a temporary file for") }
        defer { close(descriptor) }
        // open() applies the umask: set the model's permissions exactly.
        _ = fchmod(descriptor, mode)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(name, "write")
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure(name, "sync") }
    }

    /// Replaces `destination` by `source` in one step: a reader sees the old file or the new one.
    static func replace(_ destination: String, with source: String, name: String) throws(PlanDocumentError) {
        guard rename(source, destination) == 0 else { throw failure(name, "replace") }
    }

    /// Syncs the folder's entries, so that a rename survives a power cut.
    static func syncFolder(_ folder: String, name: String) throws(PlanDocumentError) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(name, "sync the folder of") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(name, "sync the folder of") }
    }

    /// Removes the file if it is there; says nothing otherwise (used to clean up).
    static func removeIfPresent(_ path: String) {
        _ = unlink(path)
    }

    private static func failure(_ name: String, _ operation: String) -> PlanDocumentError {
        .io(file: name, operation: operation, reason: String(cString: strerror(errno)))
    }
}
