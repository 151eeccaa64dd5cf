import Bilingual
import FeedModel

/// What one publication publishes: the plans it covers and their feeds, built beforehand.
public struct PublicationInput: Sendable {
    /// A plan given to this publication.
    public struct PlanRevision: Sendable, Hashable {
        public var id: String
        /// The plan's revision, recorded in the ledger and the manifest.
        public var revision: String
        public var language: Language

        public init(id: String, revision: String, language: Language) {
            self.id = id
            self.revision = revision
            self.language = language
        }
    }

    public var plans: [PlanRevision]
    /// The plans' feeds, reconciled against the ledger (SEQUENCE, LAST-MODIFIED, cancellations).
    public var feeds: [FeedCalendar]
    /// Feeds published as they are, such as the mobility feeds.
    public var fixedFeeds: [Feed]

    public init(plans: [PlanRevision], feeds: [FeedCalendar], fixedFeeds: [Feed] = []) {
        self.plans = plans
        self.feeds = feeds
        self.fixedFeeds = fixedFeeds
    }
}
