/// Who may read a published feed.
public enum FeedVisibility: String, Codable, Hashable, Sendable {
    /// `PLAN-public.ics`, `holidays-CODE.ics` and the mobility feeds `mobilite-….ics`: anyone, at `/feeds/NAME.ics`.
    case `public`
    /// Coordinators' and partners' feeds: only with a token, at `/feeds/private/TOKEN/NAME.ics`.
    case `private`

    public static func of(fileName: String) -> FeedVisibility {
        fileName.hasSuffix("-public.ics") || FeedPublisher.isPassThrough(fileName) ? .public : .private
    }
}
