/// Which subscribers a feed is for.
public enum FeedKind: Hashable, Sendable, Comparable {
    /// Everyone: no confidential event, no personal data.
    case `public`
    /// International relations coordinators: every event.
    case coordinators
    /// One partner organisation's internal feed.
    case partner(String)

    public var fileSuffix: String {
        switch self {
        case .public: return "public"
        case .coordinators: return "coordinators"
        case .partner(let id): return "partner-\(id)"
        }
    }

    public var isPublic: Bool { self == .public }

    /// Whether an event belongs in this feed.
    public func includes(_ event: ScheduledEvent) -> Bool {
        switch self {
        case .coordinators:
            return true
        case .public:
            return !event.confidential && event.audiences.contains(.public)
        case .partner(let id):
            let mayRead = event.audiences.contains { audience in
                audience == .public || audience == .partners || audience == .partner(id)
            }
            let concerns = event.involvedPartnerIDs.contains(id) || event.audiences.contains(.partner(id))
            return mayRead && concerns && (!event.confidential || event.audiences.contains(.partner(id)))
        }
    }
}
