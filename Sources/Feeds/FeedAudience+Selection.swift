import FeedModel
import Scheduling

extension FeedAudience {
    /// Whether an event of a plan belongs in this plan feed.
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
        case .holidays, .mobility:
            return false
        }
    }
}
