import GRDB

/// Which version of an event a feed of a publication lists.
struct PublishedEventRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "publishedEvent"

    var publicationID: Int64
    var feed: String
    var uid: String
    var versionID: Int64
}
