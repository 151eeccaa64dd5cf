/// Which subscribers a feed is for. Every feed carries its audience as this value from the
/// builder through the ledger and the publication manifest to the server; nothing derives it from
/// a file name. A new audience is one case here.
public enum FeedAudience: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Everyone: a plan's events with no confidential event and no personal data.
    case `public`
    /// International relations coordinators: every event of a plan.
    case coordinators
    /// One partner organisation's internal feed.
    case partner(String)
    /// A jurisdiction's holidays and blackouts (`jumelage holidays --out`).
    case holidays(String)
    /// A mobility programme's windows and deadlines in one direction (`jumelage windows --out`).
    case mobility(String)

    /// Who may read the feed: anyone, or only with a token.
    public var visibility: FeedVisibility {
        switch self {
        case .public, .holidays, .mobility: return .public
        case .coordinators, .partner: return .private
        }
    }

    public var isPublic: Bool { visibility == .public }

    /// The feed's file name: `PLAN-public.ics`, `PLAN-partner-ID.ics` for a plan's feeds,
    /// `holidays-CODE.ics` and `mobilite-ID.ics` for the feeds of places and programmes.
    public func fileName(plan: String?) -> String {
        plan.map { "\($0)-\(fileSuffix).ics" } ?? "\(fileSuffix).ics"
    }

    private var fileSuffix: String {
        switch self {
        case .public: return "public"
        case .coordinators: return "coordinators"
        case .partner(let id): return "partner-\(id)"
        case .holidays(let code): return "holidays-\(code)"
        case .mobility(let id): return "mobilite-\(id)"
        }
    }

    /// `public`, `coordinators`, `partner:ID`, `holidays:CODE`, `mobility:ID`.
    public var description: String {
        switch self {
        case .public: return "public"
        case .coordinators: return "coordinators"
        case .partner(let id): return "partner:\(id)"
        case .holidays(let code): return "holidays:\(code)"
        case .mobility(let id): return "mobility:\(id)"
        }
    }

    /// Reads `description` back.
    public init?(_ text: String) {
        switch text {
        case "public": self = .public
        case "coordinators": self = .coordinators
        default:
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let value = String(text[text.index(after: colon)...])
            guard !value.isEmpty else { return nil }
            switch text[..<colon] {
            case "partner": self = .partner(value)
            case "holidays": self = .holidays(value)
            case "mobility": self = .mobility(value)
            default: return nil
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let audience = FeedAudience(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown feed audience \(text)"))
        }
        self = audience
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: FeedAudience, rhs: FeedAudience) -> Bool { lhs.description < rhs.description }
}
