import Bilingual
import Foundation

/// Writes files so that a reader sees the old file or the new one, never half of one.
public enum AtomicFileWriter {
    public struct WriteError: UserFacingError, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }

        public func rendered(in language: Language) -> String {
            language == .fr ? "erreur : écriture impossible : \(path) : \(reason)\n  correction : vérifiez que le dossier existe et que vous pouvez y écrire"
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
            try writeAndSync(file.contents, to: temporary)
            staged.append((temporary, file.path))
        }
        for item in staged where rename(item.temporary, item.final) != 0 {
            throw WriteError(path: item.final, reason: String(cString: strerror(errno)))
        }
        staged.removeAll()
    }

    /// Creates a folder and its parents; a file in the way is named in the error.
    public static func makeFolder(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw WriteError(path: folder, reason: "a file has this name; a folder is expected") }
            return
        }
        var parent = folder.parentPath
        while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
            parent = parent.parentPath
        }
        if !parent.isEmpty, FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), !isFolder.boolValue {
            throw WriteError(path: parent, reason: "a file has this name; a folder is expected")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: folder, reason: "cannot create the folder (\(error.localizedDescription))")
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
