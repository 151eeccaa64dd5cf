import GRDB

/// Which version of an event a feed of a publication lists.
package struct PublishedEventRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "publishedEvent"

    package var publicationID: Int64
    package var feed: String
    package var uid: String
    package var versionID: Int64

    package init(publicationID: Int64, feed: String, uid: String, versionID: Int64) {
        self.publicationID = publicationID
        self.feed = feed
        self.uid = uid
        self.versionID = versionID
    }
}
