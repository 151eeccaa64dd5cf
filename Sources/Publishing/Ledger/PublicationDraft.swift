import FeedModel
import Foundation

/// Everything one publication adds to the ledger, recorded in one transaction.
struct PublicationDraft: Sendable {
    struct Member: Sendable {
        var uid: String
        /// The version the feed repeats, or nil when `newVersion` is recorded for it.
        var existingVersionID: Int64?
        var newVersion: EventVersionRecord?
    }

    struct Feed: Sendable {
        /// `publicationID` is filled in when recorded.
        var record: PublishedFeedRecord
        var bytes: Data
        var members: [Member]
        /// A feed carried over unchanged: its events are those it listed in this publication.
        var copyMembersFrom: Int64?
    }

    var publishedAt: Int64
    var publishedBy: String
    var planRevisions: [String: String]
    var outputDirectory: String
    var feeds: [Feed]
}
