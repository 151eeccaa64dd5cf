import Bilingual
import Foundation

/// Writes files so that a reader sees the old file or the new one, never half of one.
public enum AtomicFileWriter {
    public struct WriteError: UserFacingError, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }

        public func rendered(in language: Language) -> String {
            language == .fr
                ? "erreur : écriture impossible : \(path) : \(reason)\n  correction : vérifiez que le dossier existe et que vous pouvez y écrire"
                : "error: cannot write \(path): \(reason)\n  fix: check that the folder exists and that you may write to it"
        }
    }

    /// Writes every file to a temporary name in its folder first; renames only once all are written.
    public static func write(_ files: [(path: String, contents: Data)]) throws {
        var staged: [(temporary: String, final: String)] = []
        defer { for item in staged { unlink(item.temporary) } }
        for file in files {
            let folder = file.path.parentPath
            try makeFolder(folder.isEmpty ? "." : folder)
            let temporary = (folder.isEmpty ? "." : folder) + "/.\((file.path as NSString).lastPathComponent).tmp-\(getpid())"
            staged.append((temporary, file.path))
            try writeAndSync(file.contents, to: temporary)
        }
        for item in staged where rename(item.temporary, item.final) != 0 {
            throw WriteError(path: item.final, reason: String(cString: strerror(errno)))
        }
        staged.removeAll()
    }

    /// Creates a folder and its parents; what is in the way (a file, a link that leads nowhere,
    /// a folder one may not write to) is named in the error, with the system's reason.
    public static func makeFolder(_ folder: String) throws {
        var missing: [String] = []
        var path = folder.isEmpty ? "." : folder
        while true {
            var status = stat()
            if stat(path, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else {
                    throw WriteError(path: path, reason: "a file has this name; a folder is expected")
                }
                break
            }
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                throw WriteError(path: path, reason: "a symbolic link that leads nowhere (or to itself) has this name")
            }
            missing.append(path)
            let parent = path.parentPath
            if parent.isEmpty || parent == path { break }
            path = parent
        }
        for component in missing.reversed() where mkdir(component, 0o755) != 0 && errno != EEXIST {
            throw WriteError(path: component, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    private static func writeAndSync(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result <= 0 { return -1 }
                offset += result
            }
            return offset
        }
        guard written == data.count, fsync(descriptor) == 0 else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
