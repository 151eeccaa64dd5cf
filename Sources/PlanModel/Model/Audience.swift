/// Who may see an event.
public enum Audience: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Anyone: the public feed.
    case `public`
    /// Every partner organisation of the plan (their internal feeds).
    case partners
    /// One partner's internal feed.
    case partner(String)
    /// The international relations coordinators only.
    case coordinators

    public init?(_ text: String) {
        switch text {
        case "public": self = .public
        case "partners", "partenaires": self = .partners
        case "coordinators", "coordination": self = .coordinators
        default:
            guard text.hasPrefix("partner:"), text.count > 8 else { return nil }
            self = .partner(String(text.dropFirst(8)))
        }
    }

    public var description: String {
        switch self {
        case .public: return "public"
        case .partners: return "partners"
        case .partner(let id): return "partner:\(id)"
        case .coordinators: return "coordinators"
        }
    }

    public static func < (lhs: Audience, rhs: Audience) -> Bool { lhs.description < rhs.description }
}
