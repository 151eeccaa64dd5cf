import Scheduling
import Bilingual
import PlanModel

extension Registry {
    /// « déclaration », « jumelage », « entente », « protocole ».
    public static func kindName(_ kind: Tie.Kind, in language: Language) -> String {
        switch kind {
        case .declaration: return language == .fr ? "déclaration" : "declaration"
        case .twinning: return language == .fr ? "jumelage" : "twinning"
        case .agreement: return language == .fr ? "entente" : "agreement"
        case .protocol: return language == .fr ? "protocole" : "protocol"
        }
    }

    /// « en vigueur », « à renouveler », « expirée »… agreeing with the kind in French.
    public static func statusName(_ status: Status, kind: Tie.Kind, in language: Language) -> String {
        let feminine = kind == .declaration || kind == .agreement
        switch (status, language) {
        case (.upcoming, .fr): return "à venir"
        case (.upcoming, .en): return "not yet in force"
        case (.inForce, .fr): return "en vigueur"
        case (.inForce, .en): return "in force"
        case (.toRenew, .fr): return "à renouveler"
        case (.toRenew, .en): return "to renew"
        case (.renewed, .fr): return feminine ? "renouvelée" : "renouvelé"
        case (.renewed, .en): return "renewed"
        case (.expired, .fr): return feminine ? "expirée" : "expiré"
        case (.expired, .en): return "expired"
        }
    }

    /// The tie's title, else « Protocole 2017-2019 », else « Déclaration Québec–Namur ».
    public static func title(of tie: Tie, in plan: Plan, language: Language) -> String {
        if let title = tie.title { return title.text(in: language) }
        let kind = kindName(tie.kind, in: language).capitalizedFirst
        if let period = tie.period { return "\(kind) \(period.first.year)-\(period.last.year)" }
        let partners = tie.partnerIDs.compactMap { plan.partner($0)?.name.text(in: language) }.map(AnniversaryTitle.shortName)
        return partners.isEmpty ? kind : "\(kind) \(partners.joined(separator: "–"))"
    }

    /// « Québec » for « Ville de Québec », « UNamur » for « Université de Namur (UNamur) ».
    public static func shortName(of partner: Partner, in language: Language) -> String {
        let name = partner.name.text(in: language)
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), name.index(after: open) < name.index(before: name.endIndex) {
            return String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        return AnniversaryTitle.shortName(name)
    }

    /// A partner id's name, or the place as written.
    public static func placeName(_ place: String, in plan: Plan, language: Language) -> String {
        plan.partner(place).map { shortName(of: $0, in: language) } ?? place
    }

    /// « 25e » / "25th".
    public static func ordinal(_ years: Int, in language: Language) -> String {
        language == .fr ? AnniversaryTitle.frenchOrdinal(years) : AnniversaryTitle.englishOrdinal(years)
    }

    /// « Bruno Marchand, Maire de Québec ».
    public static func signatoryName(_ signatory: Signatory, language: Language) -> String {
        [signatory.name, signatory.title?.text(in: language)].compactMap { $0 }.joined(separator: ", ")
    }
}
