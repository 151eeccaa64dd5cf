/// How widely a holiday closes things: a statutory public holiday, a community or regional day
/// (schools and some administrations closed), or a local festivity.
public enum HolidayCategory: String, Hashable, Sendable, CaseIterable, Codable {
    case `public`
    case community
    case local
}
