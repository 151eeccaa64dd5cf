/// A name given in French and in English.
public struct BilingualName: Hashable, Sendable, Codable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }
}
