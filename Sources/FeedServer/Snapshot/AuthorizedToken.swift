/// A token the server accepts: its SHA-256 and the private feeds it opens.
struct AuthorizedToken: Sendable {
    var id: Int64
    var digest: [UInt8]
    /// Nil: every private feed.
    var feeds: Set<String>?

    func opens(_ feed: ServedFeed) -> Bool {
        feed.visibility == .private && (feeds?.contains(feed.name) ?? true)
    }
}
