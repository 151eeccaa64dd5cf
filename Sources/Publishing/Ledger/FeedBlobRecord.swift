import Foundation
import GRDB

/// The bytes of a published feed, stored once per content.
package struct FeedBlobRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "feedBlob"

    package var sha256: String
    package var bytes: Data

    package init(sha256: String, bytes: Data) {
        self.sha256 = sha256
        self.bytes = bytes
    }
}
