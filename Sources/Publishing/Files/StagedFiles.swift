import Bilingual
import Foundation

/// Files written in two steps: `stage` writes each one to a hidden temporary name in its folder
/// and fsyncs it; `install` renames them into place in the order given and fsyncs the folder. A
/// reader sees each file whole, old or new; a crash before `install` leaves only temporaries,
/// which `removeLeftovers` deletes.
package struct StagedFiles {
    static let suffix = ".publishing"

    let directory: String
    private(set) var staged: [(temporary: String, final: String)] = []

    package init(directory: String) {
        self.directory = directory
    }

    static func temporaryName(for name: String) -> String { ".\(name)\(suffix)" }

    package mutating func stage(name: String, contents: Data) throws(PublicationError) {
        let temporary = (directory as NSString).appendingPathComponent(Self.temporaryName(for: name))
        try Self.writeAndSync(contents, to: temporary)
        staged.append((temporary, (directory as NSString).appendingPathComponent(name)))
    }

    /// Renames every staged file into place, in staging order, then makes the renames durable.
    package mutating func install(interruptAfter count: Int? = nil) throws(PublicationError) {
        for (index, item) in staged.enumerated() {
            if let count, index == count { throw PublicationError.interrupted }
            guard rename(item.temporary, item.final) == 0 else {
                throw PublicationError.write(path: item.final, reason: String(cString: strerror(errno)))
            }
        }
        staged.removeAll()
        try Self.syncDirectory(directory)
    }

    package mutating func discard() {
        for item in staged { unlink(item.temporary) }
        staged.removeAll()
    }

    /// Deletes the temporaries of a publication that stopped before installing them.
    package static func removeLeftovers(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let leftovers = names.filter { $0.hasPrefix(".") && $0.hasSuffix(suffix) }.sorted()
        for name in leftovers { unlink((directory as NSString).appendingPathComponent(name)) }
        return leftovers
    }

    /// Writes a file through a temporary and a rename, durably: for a single file.
    static func replace(_ path: String, with contents: Data) throws(PublicationError) {
        let folder = path.parentPath
        var files = StagedFiles(directory: folder.isEmpty ? "." : folder)
        try files.stage(name: (path as NSString).lastPathComponent, contents: contents)
        try files.install()
    }

    static func writeAndSync(_ data: Data, to path: String) throws(PublicationError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublicationError.write(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0, errno == EINTR { continue }
                if result <= 0 { return -1 }
                offset += result
            }
            return offset
        }
        guard written == data.count, fsync(descriptor) == 0 else {
            throw PublicationError.write(path: path, reason: String(cString: strerror(errno)))
        }
    }

    static func syncDirectory(_ directory: String) throws(PublicationError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PublicationError.write(path: directory, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw PublicationError.write(path: directory, reason: String(cString: strerror(errno)))
        }
    }
}
