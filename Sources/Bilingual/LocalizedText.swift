/// A text in French and English; either may be missing in a plan, never both.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public init(_ both: String) {
        self.init(fr: both, en: both)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }

    /// This text followed by `other`, language by language.
    public func appending(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(fr: fr + other.fr, en: en + other.en)
    }
}
