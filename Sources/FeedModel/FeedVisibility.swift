/// Who may read a published feed; follows from its `FeedAudience`, never from its name.
public enum FeedVisibility: String, Codable, Hashable, Sendable {
    /// Anyone, at `/feeds/NAME.ics`, listed on the server's index.
    case `public`
    /// Only with a token, at `/feeds/private/TOKEN/NAME.ics`; never listed.
    case `private`
}
