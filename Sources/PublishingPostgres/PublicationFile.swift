import Foundation
import Publishing

/// One file a publication wrote into its folder: a feed, `publication.json`, or a page
/// (`pages/NAME.html`), by path relative to the folder.
package struct PublicationFile: Sendable, Hashable {
    package var path: String
    package var bytes: Data
    package var sha256: String

    package init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
        sha256 = FileDigest.sha256(bytes)
    }

    /// Whether `path` stays inside the folder: relative, no `.` or `..` part, no empty part.
    package static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
