import Bilingual

/// The command of a language the host asks for, on the CEFR scale (A1-C2).
public struct LanguageRequirement: Hashable, Sendable {
    /// ISO 639-1 code, such as `fr`.
    public var language: String
    /// CEFR level: A1, A2, B1, B2, C1 or C2.
    public var level: String
    /// The types it applies to (by default, every type the direction offers).
    public var types: [MobilityType]

    public static let levels = ["A1", "A2", "B1", "B2", "C1", "C2"]

    public init(language: String, level: String, types: [MobilityType]) {
        self.language = language
        self.level = level
        self.types = types
    }

    /// « français, niveau B2 (CECR) » / "French, level B2 (CEFR)".
    public var description: LocalizedText {
        let names: [String: LocalizedText] = [
            "fr": LocalizedText(fr: "français", en: "French"), "en": LocalizedText(fr: "anglais", en: "English"),
            "nl": LocalizedText(fr: "néerlandais", en: "Dutch"), "de": LocalizedText(fr: "allemand", en: "German"),
            "es": LocalizedText(fr: "espagnol", en: "Spanish"),
        ]
        let name = names[language] ?? LocalizedText(language)
        return LocalizedText(fr: "\(name.fr), niveau \(level) (CECR)", en: "\(name.en), level \(level) (CEFR)")
    }
}
