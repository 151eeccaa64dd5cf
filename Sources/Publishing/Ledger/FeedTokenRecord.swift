import Foundation
import GRDB

/// A private feed token as the ledger keeps it: its SHA-256, never the token.
public struct FeedTokenRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "feedToken"

    public var id: Int64?
    /// Lowercase hex SHA-256 of the token's UTF-8 bytes.
    public var digest: String
    public var label: String?
    /// JSON array of feed file names; nil: every private feed.
    public var feeds: String?
    public var createdAt: Int64
    public var createdBy: String
    public var revokedAt: Int64?

    package init(
        id: Int64?, digest: String, label: String?, feeds: String?, createdAt: Int64, createdBy: String, revokedAt: Int64?
    ) {
        self.id = id
        self.digest = digest
        self.label = label
        self.feeds = feeds
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revokedAt = revokedAt
    }

    /// The feeds the token opens; nil: every private feed.
    public var feedNames: [String]? {
        feeds.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) }
    }

    /// The `feeds` column for these names: a sorted JSON array; nil (every private feed) stays nil.
    package static func feedsColumn(_ names: [String]?) -> String? {
        names.map { String(decoding: (try? StoredEvent.encoder.encode($0.sorted())) ?? Data("[]".utf8), as: UTF8.self) }
    }

    public var isRevoked: Bool { revokedAt != nil }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
