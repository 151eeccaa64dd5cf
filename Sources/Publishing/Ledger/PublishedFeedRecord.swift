import FeedModel
import Foundation
import GRDB

/// One feed of one publication.
public struct PublishedFeedRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedFeed"

    public var publicationID: Int64
    public var name: String
    public var planID: String?
    public var visibility: String
    /// `FeedAudience.description`; NULL in rows written before audiences were recorded.
    public var audience: String?
    public var sha256: String
    public var byteCount: Int
    public var eventCount: Int
    public var modifiedAt: Int64
    public var language: String?
    var calendar: Data?

    /// The feed's audience as recorded. Rows from before audiences were recorded read as private
    /// coordinators' feeds, except a plan's `PLAN-public.ics`: never public by a name alone.
    public var feedAudience: FeedAudience {
        if let audience, let value = FeedAudience(audience) { return value }
        if visibility == FeedVisibility.public.rawValue, let planID, name == "\(planID)-public.ics" { return .public }
        return .coordinators
    }
}
