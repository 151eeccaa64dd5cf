import Foundation
import GRDB

/// The bytes of a published feed, stored once per content.
struct FeedBlobRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "feedBlob"

    var sha256: String
    var bytes: Data
}
