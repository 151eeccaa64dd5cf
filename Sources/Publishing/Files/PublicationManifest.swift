import CivilTime
import FeedModel
import Foundation

/// `publication.json`, written in the output folder after every feed of a publication: what a
/// server may serve, and the SHA-256 each file must have. It is renamed into place last, so a
/// reader that finds a feed whose hash differs knows a publication is under way (or was cut
/// short) and keeps what it had.
public struct PublicationManifest: Codable, Hashable, Sendable {
    public static let fileName = "publication.json"
    public static let currentFormat = 1

    public struct Feed: Codable, Hashable, Sendable {
        /// File name in the folder, such as `quebec-namur-2024-2026-public.ics`.
        public var name: String
        public var sha256: String
        public var bytes: Int
        public var events: Int
        /// When these bytes were first published (ISO 8601, UTC): the HTTP Last-Modified.
        public var modifiedAt: String
        /// Follows from `audience`: a server serves a feed publicly only when this says so.
        public var visibility: FeedVisibility
        /// Who the feed is for, as its builder said.
        public var audience: FeedAudience?
        public var plan: String?

        public init(
            name: String, sha256: String, bytes: Int, events: Int, modifiedAt: String,
            audience: FeedAudience, plan: String?
        ) {
            self.name = name
            self.sha256 = sha256
            self.bytes = bytes
            self.events = events
            self.modifiedAt = modifiedAt
            self.visibility = audience.visibility
            self.audience = audience
            self.plan = plan
        }
    }

    public var format: Int
    public var publication: Int64
    /// ISO 8601, UTC.
    public var publishedAt: String
    /// Plan id → revision.
    public var plans: [String: String]
    /// The ledger that holds this publication and the private feed tokens (absolute path).
    public var ledger: String?
    /// Sorted by name.
    public var feeds: [Feed]

    public init(publication: Int64, publishedAt: String, plans: [String: String], ledger: String?, feeds: [Feed]) {
        format = Self.currentFormat
        self.publication = publication
        self.publishedAt = publishedAt
        self.plans = plans
        self.ledger = ledger
        self.feeds = feeds.sorted { $0.name < $1.name }
    }

    /// The same bytes for the same manifest: sorted keys, a final newline.
    public func encoded() -> Data { CanonicalJSON.encode(self) }

    public static func decode(_ data: Data) throws -> PublicationManifest {
        try JSONDecoder().decode(PublicationManifest.self, from: data)
    }

    /// `2026-11-22T03:00:00Z`.
    public static func timestamp(_ seconds: Int64) -> String {
        Instant(secondsSinceEpoch: seconds).description
    }

    /// Reads `timestamp(_:)` back.
    public static func seconds(_ timestamp: String) -> Int64? {
        guard timestamp.hasSuffix("Z"), let dateTime = CivilDateTime(iso: timestamp.dropLast()) else { return nil }
        return dateTime.secondsSinceEpochAsUTC
    }
}
