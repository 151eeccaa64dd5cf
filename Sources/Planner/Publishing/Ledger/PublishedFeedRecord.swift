import Foundation
import GRDB

/// One feed of one publication.
public struct PublishedFeedRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedFeed"

    public var publicationID: Int64
    public var name: String
    public var planID: String?
    public var visibility: String
    public var sha256: String
    public var byteCount: Int
    public var eventCount: Int
    public var modifiedAt: Int64
    public var language: String?
    var calendar: Data?
}
