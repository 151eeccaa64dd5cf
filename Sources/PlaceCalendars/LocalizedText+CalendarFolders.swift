import Bilingual

extension LocalizedText {
    /// What a holiday or blackout folder holds one file for.
    static let jurisdiction = LocalizedText(fr: "juridiction", en: "jurisdiction")
    /// What an academic folder holds one file for.
    static let institution = LocalizedText(fr: "établissement", en: "institution")
}
