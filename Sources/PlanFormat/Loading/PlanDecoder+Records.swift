import Bilingual
import PlanModel
import CivilTime
import YAMLReading
import Yams

/// The records a plan keeps beside its events: who signed its ties, its bodies, its projects.
extension PlanDecoder {
    /// A person id of the plan, or `{name, title, partner}`; `{person, title}` gives a person
    /// another title than their role.
    func readSignatory(_ node: Node, known: KnownIDs, people: [Person]) -> Signatory? {
        func person(_ id: String, node: Node) -> Person? {
            reference(id, node: node, among: known.people, what: "person") ? people.first { $0.id == id } : nil
        }
        if case .scalar = node {
            guard let id = reader.string(node, context: "signatories"), let person = person(id, node: node) else { return nil }
            return Signatory(personID: person.id, name: person.name, title: person.role, partnerID: person.partnerID)
        }
        guard let map = reader.mapping(node, context: "signatories", keys: PlanLoader.signatoryKeys) else { return nil }
        let title = map.localized("title")
        if let node = map.node("person") {
            for key in ["name", "partner"] where map.has(key) {
                reader.report(
                    at: map.location(of: key),
                    LocalizedText(fr: "« \(key) » vient de la personne « person »", en: "'\(key)' comes from the person 'person'"),
                    hint: LocalizedText(fr: "retirez « \(key) » ou « person »", en: "remove '\(key)' or 'person'"))
            }
            guard let id = reader.string(node, context: "person"), let person = person(id, node: node) else { return nil }
            return Signatory(personID: person.id, name: person.name, title: title ?? person.role, partnerID: person.partnerID)
        }
        let partner = references(map, "partner", among: known.partners, what: "partner").first
        guard let name = map.string("name", required: true) else { return nil }
        return Signatory(name: name, title: title, partnerID: partner)
    }

    /// `renews:` names another tie of the plan, never the tie itself, and no chain loops.
    func checkRenewals(_ ties: [Tie]) {
        let ids = ties.map(\.id)
        var previous: [String: String] = [:]
        for tie in ties {
            guard let renews = tie.renews else { continue }
            guard ids.contains(renews), renews != tie.id else {
                reader.report(
                    at: tie.location,
                    renews == tie.id
                        ? LocalizedText(fr: "le lien « \(tie.id) » se renouvelle lui-même", en: "tie '\(tie.id)' renews itself")
                        : LocalizedText(fr: "lien inconnu « \(renews) » dans « renews »", en: "unknown tie '\(renews)' in 'renews'"),
                    hint: renews == tie.id
                        ? LocalizedText(
                            fr: "nommez le lien précédent (par exemple protocole-2021-2023)",
                            en: "name the previous tie (for example protocole-2021-2023)")
                        : Suggestion.didYouMean(renews, among: ids.filter { $0 != tie.id }))
                continue
            }
            previous[tie.id] = renews
        }
        for tie in ties {
            var seen: Set<String> = [tie.id]
            var current = tie.id
            while let next = previous[current] {
                guard seen.insert(next).inserted else {
                    reader.report(
                        at: tie.location,
                        LocalizedText(
                            fr: "les « renews » forment un cycle à partir de « \(tie.id) »",
                            en: "the 'renews' links form a cycle from '\(tie.id)'"),
                        hint: LocalizedText(fr: "un lien renouvelle un lien plus ancien", en: "a tie renews an older one"))
                    return
                }
                current = next
            }
        }
    }

    func readBody(_ node: Node, known: KnownIDs) -> Body? {
        guard let map = reader.mapping(node, context: "bodies", keys: PlanLoader.bodyKeys) else { return nil }
        let id = readID(map)
        let name = map.localized("name", required: true)
        let members = map.list("members").compactMap { readMember($0, known: known) }
        guard let id, let name else { return nil }
        return Body(
            id: id, name: name, description: map.localized("description"),
            tieID: references(map, "agreement", among: known.ties, what: "tie").first,
            members: members, parity: map.bool("parity") ?? false, location: map.location)
    }

    /// A person id, `{person, role}`, or seats not yet named: `{partner, count}` or `{country, count}`.
    private func readMember(_ node: Node, known: KnownIDs) -> Body.Member? {
        let location = reader.location(of: node)
        if case .scalar = node {
            guard let id = reader.string(node, context: "members"),
                reference(id, node: node, among: known.people, what: "person")
            else { return nil }
            return Body.Member(seat: .person(id), count: 1, role: nil, location: location)
        }
        guard let map = reader.mapping(node, context: "members", keys: PlanLoader.memberKeys) else { return nil }
        let forms = ["person", "partner", "country"].filter(map.has)
        guard forms.count == 1 else {
            reader.report(
                node,
                forms.isEmpty
                    ? LocalizedText(
                        fr: "le membre ne dit ni « person », ni « partner », ni « country »",
                        en: "the member gives neither 'person', 'partner' nor 'country'")
                    : LocalizedText(
                        fr: "le membre donne à la fois \(forms.joined(separator: " et "))",
                        en: "the member gives both \(forms.joined(separator: " and "))"),
                hint: LocalizedText(
                    fr: "écrivez un id de personne, {partner: ID, count: N} ou {country: FR, count: N}",
                    en: "write a person id, {partner: ID, count: N} or {country: FR, count: N}"))
            return nil
        }
        switch forms[0] {
        case "person":
            if map.has("count") {
                reader.report(
                    at: map.location(of: "count"), LocalizedText(fr: "une personne occupe un siège", en: "a person holds one seat"),
                    hint: LocalizedText(fr: "retirez « count »", en: "remove 'count'"))
            }
            guard let id = references(map, "person", among: known.people, what: "person").first else { return nil }
            return Body.Member(seat: .person(id), count: 1, role: map.localized("role"), location: location)
        case "partner":
            guard let count = map.int("count", range: 1...1000, required: true),
                let id = references(map, "partner", among: known.partners, what: "partner").first
            else { return nil }
            return Body.Member(seat: .partner(id), count: count, role: map.localized("role"), location: location)
        default:
            guard let count = map.int("count", range: 1...1000, required: true), let code = map.string("country") else { return nil }
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                reader.report(
                    at: map.location(of: "country"),
                    LocalizedText(fr: "« \(code) » n'est pas un code de pays", en: "'\(code)' is not a country code"),
                    hint: LocalizedText(
                        fr: "écrivez un code ISO 3166-1 de deux lettres : FR, CA, BE",
                        en: "write a two-letter ISO 3166-1 code: FR, CA, BE"))
                return nil
            }
            return Body.Member(seat: .country(code.uppercased()), count: count, role: map.localized("role"), location: location)
        }
    }

    func readProject(_ node: Node, known: KnownIDs) -> Project? {
        guard let map = reader.mapping(node, context: "projects", keys: PlanLoader.projectKeys) else { return nil }
        let id = readID(map)
        let title = map.localized("title", required: true)
        let partners = references(map, "partners", among: known.partners, what: "partner")
        let domains = references(map, "domains", among: known.domains, what: "domain")
        var funding: Project.Funding?
        if let node = map.node("funding") {
            if case .scalar = node {
                funding = reader.string(node, context: "funding").map { Project.Funding(programme: $0, call: nil) }
            } else if let fundingMap = reader.mapping(node, context: "funding", keys: PlanLoader.fundingKeys),
                let programme = fundingMap.string("programme", required: true)
            {
                funding = Project.Funding(programme: programme, call: fundingMap.string("call"))
            }
        }
        let budget = map.list("budget").compactMap { readBudgetLine($0, known: known) }
        let period = map.mapping("period", keys: ["from", "to"]).flatMap { readRange($0, context: "period") }
        let indicators = map.list("indicators").compactMap { readIndicator($0, known: known, domains: domains) }
        guard let id, let title else { return nil }
        return Project(
            id: id, title: title, partnerIDs: partners, domainIDs: domains, funding: funding, budget: budget,
            period: period, status: map.choice("status", as: Project.Status.self), indicators: indicators,
            location: map.location)
    }

    private func readBudgetLine(_ node: Node, known: KnownIDs) -> Project.BudgetLine? {
        guard let map = reader.mapping(node, context: "budget", keys: PlanLoader.budgetKeys) else { return nil }
        let partner = references(map, "partner", among: known.partners, what: "partner").first
        if !map.has("partner") { _ = map.require("partner") }
        let amount = map.int("amount", range: 0...1_000_000_000, required: true)
        var currency = map.string("currency", required: true)
        if let code = currency, code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            reader.report(
                at: map.location(of: "currency"),
                LocalizedText(fr: "« \(code) » n'est pas un code de devise", en: "'\(code)' is not a currency code"),
                hint: LocalizedText(
                    fr: "écrivez un code ISO 4217 en majuscules : EUR, CAD", en: "write an upper-case ISO 4217 code: EUR, CAD"))
            currency = nil
        }
        guard let partner, let amount, let currency else { return nil }
        return Project.BudgetLine(partnerID: partner, amount: amount, currency: currency)
    }

    private func readIndicator(_ node: Node, known: KnownIDs, domains: [String]) -> Project.Indicator? {
        guard let map = reader.mapping(node, context: "indicators", keys: PlanLoader.indicatorKeys) else { return nil }
        let id = readID(map)
        let name = map.localized("name", required: true)
        let domain = references(map, "domain", among: known.domains, what: "domain").first
        let targets = map.node("targets").map { yearValues($0, context: "targets") } ?? [:]
        let every = map.int("target", range: 0...1_000_000)
        let results = map.node("results").map { yearValues($0, context: "results") } ?? [:]
        let measure = map.choice("measure", as: Project.Indicator.Measure.self)
        if measure != nil, map.has("results") {
            reader.report(
                at: map.location(of: "results"),
                LocalizedText(
                    fr: "un indicateur est soit compté (« measure »), soit noté (« results »)",
                    en: "an indicator is either counted ('measure') or recorded ('results')"),
                hint: LocalizedText(fr: "retirez l'un des deux", en: "remove one of them"))
        }
        if targets.isEmpty, every == nil {
            reader.report(
                map.node, LocalizedText(fr: "l'indicateur n'a pas de cible", en: "the indicator has no target"),
                hint: LocalizedText(
                    fr: "ajoutez « target: N » (chaque année) ou « targets: {2025: N} »",
                    en: "add 'target: N' (every year) or 'targets: {2025: N}'"))
        }
        guard let id, let name else { return nil }
        return Project.Indicator(
            id: id, name: name, domainID: domain ?? domains.first, targets: targets, everyYearTarget: every,
            results: results, measure: measure, location: map.location)
    }

    /// `{2025: 3, 2026: 4}`: values by calendar year.
    private func yearValues(_ node: Node, context: String) -> [Int: Int] {
        guard reader.visit(node) else { return [:] }
        guard case .mapping(let mapping) = node else {
            reader.report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit associer une année à un nombre",
                    en: "'\(context)' must map a year to a number"),
                hint: LocalizedText(
                    fr: "écrivez par exemple « \(context): {2025: 3, 2026: 4} »",
                    en: "write for example '\(context): {2025: 3, 2026: 4}'"))
            return [:]
        }
        var values: [Int: Int] = [:]
        for (keyNode, valueNode) in mapping {
            guard let text = keyNode.string, let year = Int(text), PlanLimits.horizonYears.contains(year) else {
                reader.report(
                    keyNode,
                    LocalizedText(fr: "« \(keyNode.string ?? "") » n'est pas une année", en: "'\(keyNode.string ?? "")' is not a year"),
                    hint: LocalizedText(
                        fr: "écrivez une année de \(PlanLimits.horizonYears.lowerBound) à \(PlanLimits.horizonYears.upperBound)",
                        en: "write a year from \(PlanLimits.horizonYears.lowerBound) to \(PlanLimits.horizonYears.upperBound)"))
                continue
            }
            if let value = reader.int(valueNode, context: context, range: 0...1_000_000) { values[year] = value }
        }
        return values
    }
}
