import Publishing

/// Everything the server answers from, immutable: one publication's feeds and the tokens valid
/// when it was loaded. A reload builds a new snapshot and swaps it in whole, so a request sees one
/// publication from its first byte to its last.
struct FeedSnapshot: Sendable {
    var publication: Int64
    /// Seconds since 1970.
    var publishedAt: Int64
    var feeds: [String: ServedFeed]
    var tokens: [AuthorizedToken]
    /// What was loaded, to tell whether the folder changed: the manifest's SHA-256.
    var manifestDigest: String
    /// Where the tokens come from.
    var ledgerPath: String?

    var publicFeeds: [ServedFeed] {
        feeds.values.filter { $0.visibility == .public }.sorted { $0.name < $1.name }
    }

    func publicFeed(named name: String) -> ServedFeed? {
        guard let feed = feeds[name], feed.visibility == .public else { return nil }
        return feed
    }

    /// The private feed a token opens, or nil. Every stored digest is compared, in constant time,
    /// whatever matched before, so the answer's timing says nothing of the tokens.
    func privateFeed(named name: String, token: some StringProtocol) -> ServedFeed? {
        let wellFormed = FeedToken.isWellFormed(token)
        let digest = FeedToken.digest(token)
        var matched: AuthorizedToken?
        for candidate in tokens where FeedToken.constantTimeEquals(candidate.digest, digest) {
            matched = candidate
        }
        guard wellFormed, let matched, let feed = feeds[name], matched.opens(feed) else { return nil }
        return feed
    }
}
