import CivilTime

/// What the ledger remembers of one event of one feed: its latest published version.
struct PublishedVersion: Sendable {
    var versionID: Int64
    var stored: StoredEvent
    var fingerprint: EventFingerprint
    /// The VEVENT exactly as it was published (CRLF, folded).
    var vevent: String
    var lastEnd: Instant

    var isCancelled: Bool { stored.status == "CANCELLED" }
}
