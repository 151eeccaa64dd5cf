import FeedModel
import Foundation
import GRDB

/// One feed of one publication.
public struct PublishedFeedRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "publishedFeed"

    public var publicationID: Int64
    public var name: String
    public var planID: String?
    public var visibility: String
    /// `FeedAudience.description`; NULL in rows written before audiences were recorded.
    public var audience: String?
    public var sha256: String
    public var byteCount: Int
    public var eventCount: Int
    public var modifiedAt: Int64
    public var language: String?
    package var calendar: Data?

    package init(
        publicationID: Int64, name: String, planID: String?, visibility: String, audience: String?, sha256: String, byteCount: Int,
        eventCount: Int, modifiedAt: Int64, language: String?, calendar: Data?
    ) {
        self.publicationID = publicationID
        self.name = name
        self.planID = planID
        self.visibility = visibility
        self.audience = audience
        self.sha256 = sha256
        self.byteCount = byteCount
        self.eventCount = eventCount
        self.modifiedAt = modifiedAt
        self.language = language
        self.calendar = calendar
    }

    /// The feed's audience as recorded. Rows from before audiences were recorded: a plan's
    /// feed reads as its coordinators' (private) unless it is the plan's `PLAN-public.ics`; a feed
    /// of no plan was a holiday or mobility feed, public then as now.
    public var feedAudience: FeedAudience {
        if let audience, let value = FeedAudience(audience) { return value }
        guard let planID else {
            let stem = String((name.hasSuffix(".ics") ? name.dropLast(4) : Substring(name)))
            if stem.hasPrefix("mobilite-") { return .mobility(String(stem.dropFirst("mobilite-".count))) }
            return .holidays(stem.hasPrefix("holidays-") ? String(stem.dropFirst("holidays-".count)) : stem)
        }
        if visibility == FeedVisibility.public.rawValue, name == "\(planID)-public.ics" { return .public }
        return .coordinators
    }

    /// Whether a feed of this name may now be built for `audience` of `plan`: only for the plan
    /// and the audience it was first published for, so that no subscriber or token holder of one
    /// feed ever reads another's events under the same address.
    /// (Rows from before audiences were recorded: the same plan, and the same visibility.)
    func allows(plan: String?, audience: FeedAudience) -> Bool {
        // Feeds given ready-made (mobility) were recorded without their plan before it was kept.
        if planID == nil, plan != nil, self.audience != nil, feedAudience == audience, case .mobility = audience { return true }
        guard planID == plan else { return false }
        return self.audience == nil ? feedAudience.isPublic == audience.isPublic : feedAudience == audience
    }
}
