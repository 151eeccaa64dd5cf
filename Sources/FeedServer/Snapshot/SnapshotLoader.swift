import CompressNIO
import FeedModel
import Foundation
import Hummingbird
import Publishing

/// Reads a publication folder into a `FeedSnapshot`: the manifest, then every feed it lists,
/// each checked against the manifest's size and SHA-256 (a mismatch means a publication is under
/// way or was cut short: the load fails and the server keeps what it had).
struct SnapshotLoader: Sendable {
    struct LoadError: Error, Sendable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    var directory: String
    /// The ledger holding the tokens; nil: the one the manifest names.
    var ledgerPath: String?

    var manifestPath: String { (directory as NSString).appendingPathComponent(PublicationManifest.fileName) }

    /// The manifest's bytes and their SHA-256, or nil when there is none yet.
    func manifestFingerprint() -> String? {
        FileManager.default.contents(atPath: manifestPath).map(FileDigest.sha256)
    }

    func load(previous: FeedSnapshot?) throws(LoadError) -> FeedSnapshot {
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw LoadError(message: "no \(PublicationManifest.fileName) in \(directory): run `jumelage publish … --out \(directory)`")
        }
        let manifest: PublicationManifest
        do { manifest = try PublicationManifest.decode(data) } catch {
            throw LoadError(message: "\(PublicationManifest.fileName) is unreadable: \(error)")
        }
        guard manifest.format == PublicationManifest.currentFormat else {
            throw LoadError(
                message:
                    "\(PublicationManifest.fileName) has format \(manifest.format); this server reads \(PublicationManifest.currentFormat)")
        }
        guard let publishedAt = PublicationManifest.seconds(manifest.publishedAt) else {
            throw LoadError(message: "\(PublicationManifest.fileName): bad publishedAt \(manifest.publishedAt)")
        }
        var feeds: [String: ServedFeed] = [:]
        for entry in manifest.feeds {
            guard FeedName.isValid(entry.name) else { throw LoadError(message: "manifest names an invalid feed: \(entry.name)") }
            if let audience = entry.audience, audience.visibility != entry.visibility {
                throw LoadError(
                    message: "manifest gives \(entry.name) the audience \(audience) but the visibility \(entry.visibility.rawValue)")
            }
            guard let bytes = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(entry.name)) else {
                throw LoadError(message: "\(entry.name) is missing from \(directory)")
            }
            guard bytes.count == entry.bytes, FileDigest.sha256(bytes) == entry.sha256 else {
                throw LoadError(
                    message:
                        "\(entry.name) does not match publication #\(manifest.publication) (SHA-256 differs): a publication is under way or was interrupted"
                )
            }
            var body = ByteBuffer(bytes: bytes)
            let gzip: ByteBuffer
            do { gzip = try body.compress(with: .gzip()) } catch { throw LoadError(message: "gzip \(entry.name): \(error)") }
            var modified = PublicationManifest.seconds(entry.modifiedAt) ?? publishedAt
            if let earlier = previous?.feeds[entry.name] {
                // Last-Modified never goes backwards, and moves forward whenever the bytes change.
                modified =
                    earlier.sha256 == entry.sha256
                    ? max(modified, earlier.lastModified)
                    : max(modified, earlier.lastModified + 1)
            }
            feeds[entry.name] = ServedFeed(
                name: entry.name, title: Self.calendarName(bytes) ?? entry.name, visibility: entry.visibility, audience: entry.audience,
                body: ByteBuffer(bytes: bytes), gzipBody: gzip, sha256: entry.sha256,
                lastModified: modified, eventCount: entry.events)
        }
        return FeedSnapshot(
            publication: manifest.publication, publishedAt: publishedAt, feeds: feeds, tokens: [],
            manifestDigest: FileDigest.sha256(data), ledgerPath: ledgerPath ?? manifest.ledger)
    }

    /// X-WR-CALNAME, unfolded and unescaped.
    static func calendarName(_ bytes: Data) -> String? {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        var unfolded: [String] = []
        for line in text.components(separatedBy: "\r\n") {
            if line.hasPrefix("BEGIN:VEVENT") { break }
            if line.hasPrefix(" "), !unfolded.isEmpty { unfolded[unfolded.count - 1] += line.dropFirst() } else { unfolded.append(line) }
        }
        guard let line = unfolded.first(where: { $0.hasPrefix("X-WR-CALNAME:") }) else { return nil }
        return String(line.dropFirst("X-WR-CALNAME:".count))
            .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\\\", with: "\\")
    }

    /// The tokens not revoked, from the ledger; none when there is no ledger, unless one was
    /// named on the command line (`required`).
    static func tokens(ledgerPath: String?, required: Bool = false) throws(LoadError) -> [AuthorizedToken] {
        guard let ledgerPath, FileManager.default.fileExists(atPath: ledgerPath) else {
            if required { throw LoadError(message: "tokens: no ledger at \(ledgerPath ?? "?"); private feeds are closed") }
            return []
        }
        do {
            return try PublicationLedger(path: ledgerPath, readOnly: true).activeTokens().compactMap { record in
                guard let id = record.id, let digest = FeedToken.bytes(ofHex: record.digest) else { return nil }
                return AuthorizedToken(id: id, digest: digest, feeds: record.feedNames.map(Set.init))
            }
        } catch {
            throw LoadError(message: "tokens: \(error.rendered(in: .en))")
        }
    }
}
