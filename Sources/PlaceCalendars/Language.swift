/// The two languages every calendar entry is named in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en
}
