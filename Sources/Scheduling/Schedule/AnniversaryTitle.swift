import Bilingual
import CivilTime
import PlanModel

/// Names an anniversary in French and English: « 25e anniversaire du jumelage Québec–Namur ».
package enum AnniversaryTitle {
    static func title(years: Int, kind: Tie.Kind, partnerNames: [LocalizedText]) -> LocalizedText {
        let fr = partnerNames.map { shortName($0.fr) }.joined(separator: "–")
        let en = partnerNames.map { shortName($0.en) }.joined(separator: "–")
        return LocalizedText(
            fr: "\(frenchOrdinal(years)) anniversaire \(frenchOf(kind)) \(fr)",
            en: "\(englishOrdinal(years)) anniversary of the \(en) \(englishName(kind))")
    }

    static func description(signed: CivilDate, kind: Tie.Kind, partnerNames: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            fr: "\(frenchName(kind).capitalizedFirst) signé le \(FrenchDate.long(signed)).",
            en: "\(englishName(kind).capitalizedFirst) signed on \(EnglishDate.long(signed)).")
    }

    /// "Ville de Québec" → "Québec".
    package static func shortName(_ name: String) -> String {
        for prefix in ["Ville de ", "City of ", "Ville d'", "Ville d’"] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    package static func frenchOrdinal(_ n: Int) -> String { n == 1 ? "1er" : "\(n)e" }

    package static func englishOrdinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func frenchOf(_ kind: Tie.Kind) -> String {
        switch kind {
        case .declaration: return "de la déclaration"
        case .twinning: return "du jumelage"
        case .agreement: return "de l'entente"
        case .protocol: return "du protocole"
        }
    }

    static func frenchName(_ kind: Tie.Kind) -> String {
        switch kind {
        case .declaration: return "déclaration"
        case .twinning: return "accord de jumelage"
        case .agreement: return "entente"
        case .protocol: return "protocole"
        }
    }

    static func englishName(_ kind: Tie.Kind) -> String {
        switch kind {
        case .declaration: return "declaration"
        case .twinning: return "twinning"
        case .agreement: return "agreement"
        case .protocol: return "protocol"
        }
    }
}

extension String {
    package var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
