/// Rows of a ledger, table by table: what one publication (or several) added, and the tokens.
/// The shape in which a ledger is copied to another store and back (`PublicationLedger.rows`,
/// `PublicationLedger.append`), ids included, so that both stores agree on every id.
package struct LedgerRows: Sendable, Hashable {
    package var publications: [PublicationRecord] = []
    /// The bytes of the feeds of `feeds`.
    package var blobs: [FeedBlobRecord] = []
    package var feeds: [PublishedFeedRecord] = []
    package var versions: [EventVersionRecord] = []
    package var members: [PublishedEventRecord] = []
    /// Every token, revoked ones too.
    package var tokens: [FeedTokenRecord] = []

    package init(
        publications: [PublicationRecord] = [], blobs: [FeedBlobRecord] = [], feeds: [PublishedFeedRecord] = [],
        versions: [EventVersionRecord] = [], members: [PublishedEventRecord] = [], tokens: [FeedTokenRecord] = []
    ) {
        self.publications = publications
        self.blobs = blobs
        self.feeds = feeds
        self.versions = versions
        self.members = members
        self.tokens = tokens
    }
}
