/// Who may read a published feed.
public enum FeedVisibility: String, Codable, Hashable, Sendable {
    /// `PLAN-public.ics` and `holidays-CODE.ics`: anyone, at `/feeds/NAME.ics`.
    case `public`
    /// Coordinators' and partners' feeds: only with a token, at `/feeds/private/TOKEN/NAME.ics`.
    case `private`

    public static func of(fileName: String) -> FeedVisibility {
        fileName.hasSuffix("-public.ics") || (fileName.hasPrefix("holidays-") && fileName.hasSuffix(".ics")) ? .public : .private
    }
}
