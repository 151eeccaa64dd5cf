import Bilingual
import CivilTime
import PlanModel

extension Registry {
    /// One line of a tie's record: « Signataires » and who.
    public struct Fact: Hashable, Sendable {
        public var label: String
        public var value: String
    }

    /// « 28 octobre 2029 », or « en 2026 » when only the year is known.
    public static func when(_ anniversary: Anniversary, in language: Language) -> String {
        if let date = anniversary.date { return language == .fr ? FrenchDate.long(date) : EnglishDate.long(date) }
        return language == .fr ? "en \(anniversary.year)" : "in \(anniversary.year)"
    }

    /// What the registry says of a tie, in order: kind and status, partners with their
    /// follow-up offices, signing, signatories, period, domains, bodies, renewals, next anniversary.
    public static func facts(of entry: Entry, in plan: Plan, language: Language) -> [Fact] {
        let fr = language == .fr
        let tie = entry.tie
        func date(_ day: CivilDate) -> String { fr ? FrenchDate.long(day) : EnglishDate.long(day) }
        func text(_ french: String, _ english: String) -> String { fr ? french : english }
        func fact(_ french: String, _ english: String, _ value: String) -> Fact { Fact(label: text(french, english), value: value) }
        var facts = [
            fact("Nature", "Kind", kindName(tie.kind, in: language)),
            fact("État", "Status", statusName(entry.status, kind: tie.kind, in: language)),
        ]
        let partners = tie.partnerIDs.compactMap(plan.partner).map { partner in
            partner.name.text(in: language)
                + (partner.office.map { " (\(text("suivi", "follow-up"))\(fr ? " :" : ":") \($0.text(in: language)))" } ?? "")
        }
        if !partners.isEmpty { facts.append(fact("Partenaires", "Partners", partners.joined(separator: " ; "))) }
        var signing: [String] = []
        if let signed = tie.signed {
            signing.append(text("le \(date(signed))", "on \(date(signed))"))
        } else if let year = tie.year {
            signing.append(text("en \(year)", "in \(year)"))
        }
        if let place = tie.place { signing.append(text("à ", "in ") + placeName(place, in: plan, language: language)) }
        if !signing.isEmpty { facts.append(fact("Signature", "Signed", signing.joined(separator: " "))) }
        if !tie.signatories.isEmpty {
            facts.append(
                fact(
                    "Signataires", "Signatories",
                    tie.signatories.map { signatory in
                        signatoryName(signatory, language: language)
                            + (signatory.partnerID.flatMap(plan.partner).map { " (\(shortName(of: $0, in: language)))" } ?? "")
                    }.joined(separator: " ; ")))
        }
        facts.append(
            fact(
                "Période", "Period",
                tie.period.map {
                    text("du \(date($0.first)) au \(date($0.last))", "\(date($0.first)) to \(date($0.last))")
                } ?? text("sans échéance", "open-ended")))
        let domains = tie.domainIDs.compactMap { plan.domain($0)?.name.text(in: language) }
        if !domains.isEmpty { facts.append(fact("Domaines", "Domains", domains.joined(separator: " ; "))) }
        if !entry.bodies.isEmpty {
            facts.append(
                fact(
                    "Instances de suivi", "Follow-up bodies",
                    entry.bodies.map { body in
                        let seats = body.seats(in: plan).map { "\($0.country) \($0.seats)" }.joined(separator: ", ")
                        return body.name.text(in: language)
                            + (seats.isEmpty ? "" : " (\(seats)\(body.parity ? text(", paritaire", ", at parity") : ""))")
                    }.joined(separator: " ; ")))
        }
        if let previous = tie.renews.flatMap(plan.tie) {
            facts.append(fact("Renouvelle", "Renews", title(of: previous, in: plan, language: language)))
        }
        if let next = entry.renewedBy.flatMap(plan.tie) {
            facts.append(fact("Renouvellement", "Renewed by", title(of: next, in: plan, language: language)))
        }
        if let anniversary = entry.nextAnniversary {
            facts.append(
                fact(
                    "Prochain anniversaire", "Next anniversary",
                    "\(ordinal(anniversary.years, in: language)), "
                        + when(anniversary, in: language)))
        }
        return facts
    }
}
