/// The languages Jumelage speaks.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case fr, en

    /// French unless the environment's LANG asks for English.
    public static func fromEnvironment(_ lang: String?) -> Language {
        guard let lang, lang.lowercased().hasPrefix("en") else { return .fr }
        return .en
    }
}
