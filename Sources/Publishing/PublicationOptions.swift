import Bilingual
import CivilTime

/// How `FeedPublisher` publishes: where, into which ledger, as whom, and when.
public struct PublicationOptions: Sendable {
    /// Where a test stops a publication, as a kill would, to check that the next one recovers.
    enum Interruption: Sendable, Equatable {
        /// Feeds staged in the folder, nothing recorded.
        case beforeCommit
        /// Recorded in the ledger, only the first `installed` files renamed into place.
        case afterCommit(installed: Int)
    }

    public var outputDirectory: String
    public var ledgerPath: String
    /// Events that ended more than this many days before the publication are left out of the feeds.
    public var keepPastDays: Int
    /// Who publishes: `--by`, else `$USER`.
    public var publishedBy: String
    /// The publication time: the only clock value that reaches a feed (DTSTAMP and LAST-MODIFIED of
    /// the events that change). Moved forward to one second after the last publication if needed,
    /// so publication times, and the feeds' Last-Modified, never go backwards.
    public var now: Instant
    /// Language of the feeds (default: each plan's).
    public var language: Language?
    /// The shared store a publication goes into (a PostgreSQL URL without its password), or nil.
    /// When set, it is recorded as the publication's folder and named as the ledger in
    /// `publication.json`, in place of this machine's paths, so every server has the same bytes.
    package var sharedStore: String?
    var interruption: Interruption?

    public init(
        outputDirectory: String, ledgerPath: String, keepPastDays: Int = 365, publishedBy: String,
        now: Instant, language: Language? = nil
    ) {
        self.outputDirectory = outputDirectory
        self.ledgerPath = ledgerPath
        self.keepPastDays = keepPastDays
        self.publishedBy = publishedBy
        self.now = now
        self.language = language
    }
}
