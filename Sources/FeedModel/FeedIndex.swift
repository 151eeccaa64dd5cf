import Foundation

/// `feeds.json`, beside the feeds that `jumelage holidays --out` and `jumelage windows --out`
/// write into a folder: each file's audience, so that `jumelage publish` into that folder
/// publishes them with the visibility they were built for. A file that is not listed is not
/// published, whatever its name.
public struct FeedIndex: Codable, Hashable, Sendable {
    public static let fileName = "feeds.json"
    public static let currentFormat = 1

    public struct Entry: Codable, Hashable, Sendable {
        public var name: String
        public var audience: FeedAudience

        public init(name: String, audience: FeedAudience) {
            self.name = name
            self.audience = audience
        }
    }

    public var format: Int
    /// Sorted by name, one entry per name.
    public var feeds: [Entry]

    public init(feeds: [Entry]) {
        format = Self.currentFormat
        var byName: [String: Entry] = [:]
        for entry in feeds { byName[entry.name] = entry }
        self.feeds = byName.values.sorted { $0.name < $1.name }
    }

    /// The index of a folder; empty when it has none or it cannot be read (then nothing in the
    /// folder is published as it is).
    public static func read(directory: String) -> FeedIndex {
        (try? readStrictly(directory: directory)) ?? FeedIndex(feeds: [])
    }

    /// The index of a folder, empty when it has none; one that cannot be read is an error, so
    /// that writing never drops its entries in silence.
    static func readStrictly(directory: String) throws -> FeedIndex {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return FeedIndex(feeds: []) }
        guard let index = try? JSONDecoder().decode(FeedIndex.self, from: data), index.format == currentFormat else {
            throw AtomicFileWriter.WriteError(path: path, reason: "not a feed index this version reads; move it away or delete it")
        }
        return index
    }

    /// This index with `feeds` added, replacing the entries of the same names.
    public func adding(_ feeds: [Feed]) -> FeedIndex {
        FeedIndex(feeds: self.feeds + feeds.map { Entry(name: $0.fileName, audience: $0.audience) })
    }

    /// The same bytes for the same index: sorted keys, a final newline.
    public func encoded() -> Data { CanonicalJSON.encode(self) }

    /// Writes `feeds` and the folder's index updated with them, each file atomically. Two
    /// commands writing into one folder at once take turns (an exclusive `flock` on the folder),
    /// so neither loses the other's entries.
    public static func write(_ feeds: [Feed], into directory: String) throws {
        try AtomicFileWriter.makeFolder(directory)
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else {
            throw AtomicFileWriter.WriteError(path: directory, reason: String(cString: strerror(errno)))
        }
        defer { close(folder) }
        guard flock(folder, LOCK_EX) == 0 else {
            throw AtomicFileWriter.WriteError(path: directory, reason: String(cString: strerror(errno)))
        }
        defer { flock(folder, LOCK_UN) }
        let index = try readStrictly(directory: directory).adding(feeds)
        var files = feeds.map { ((directory as NSString).appendingPathComponent($0.fileName), Data($0.text.utf8)) }
        files.append(((directory as NSString).appendingPathComponent(fileName), index.encoded()))
        try AtomicFileWriter.write(files)
    }
}
