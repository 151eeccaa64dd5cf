import Bilingual
import CivilTime
import Yams

/// Reads one YAML document into typed values, collecting every mistake with its location
/// instead of stopping at the first.
package final class YAMLReader {
    package let file: String
    /// YAML nodes visited per document, aliases expanded.
    package static let defaultNodeBudget = 200_000

    package private(set) var issues: [SourceIssue] = []
    private var nodesVisited = 0
    private let nodeBudget: Int

    package init(file: String, nodeBudget: Int = YAMLReader.defaultNodeBudget) {
        self.file = file
        self.nodeBudget = nodeBudget
    }

    package func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    package func report(_ node: Node, _ message: LocalizedText, hint: LocalizedText? = nil) {
        issues.append(SourceIssue(location(of: node), message, hint: hint))
    }

    package func report(at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        issues.append(SourceIssue(location, message, hint: hint))
    }

    /// Counts visited nodes so that aliases expanding exponentially are refused, not walked.
    package func visit(_ node: Node) -> Bool {
        nodesVisited += 1
        if nodesVisited == nodeBudget + 1 {
            report(
                node,
                LocalizedText(
                    fr: "le document est trop grand (plus de \(nodeBudget) nœuds, alias compris)",
                    en: "the document is too large (more than \(nodeBudget) nodes, aliases included)"),
                hint: LocalizedText(
                    fr: "découpez le plan en plusieurs fichiers ou retirez les alias YAML",
                    en: "split the plan into several files or remove YAML aliases"))
        }
        return nodesVisited <= nodeBudget
    }

    package func mapping(_ node: Node, context: String, keys: [String]) -> MappingReader? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit être une table clé: valeur",
                    en: "'\(context)' must be a mapping of key: value"),
                hint: LocalizedText(
                    fr: "écrivez ses clés en dessous, indentées (« clé: valeur »), ou {clé: valeur, …}",
                    en: "write its keys on the lines below, indented ('key: value'), or {key: value, …}"))
            return nil
        }
        return MappingReader(mapping: mapping, node: node, reader: self, context: context, keys: keys)
    }

    package func sequence(_ node: Node, context: String) -> [Node] {
        guard visit(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            report(
                node, LocalizedText(fr: "« \(context) » doit être une liste", en: "'\(context)' must be a list"),
                hint: LocalizedText(
                    fr: "écrivez un élément par ligne, précédé de « - »",
                    en: "write one item per line, each starting with '- '"))
            return []
        }
        return Array(sequence)
    }

    package func scalar(_ node: Node, context: String) -> String? {
        guard visit(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit être une valeur simple, pas une liste ni une table",
                    en: "'\(context)' must be a plain value, not a list or a mapping"),
                hint: LocalizedText(
                    fr: "écrivez une seule valeur après les deux-points, sans [ ] ni { }",
                    en: "write a single value after the colon, without [ ] or { }"))
            return nil
        }
        return scalar.string
    }

    package func string(_ node: Node, context: String) -> String? {
        guard let text = scalar(node, context: context) else { return nil }
        if text.isEmpty {
            report(
                node, LocalizedText(fr: "« \(context) » est vide", en: "'\(context)' is empty"),
                hint: LocalizedText(
                    fr: "écrivez sa valeur après les deux-points, sur la même ligne",
                    en: "write its value after the colon, on the same line"))
            return nil
        }
        return text
    }

    package func date(_ node: Node, context: String) -> CivilDate? {
        guard let text = scalar(node, context: context) else { return nil }
        if let date = CivilDate(iso: text) { return date }
        report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas une date valide pour « \(context) »",
                en: "'\(text)' is not a valid date for '\(context)'"),
            hint: dateHint(text))
        return nil
    }

    /// A day of the year written `MM-DD` or `--MM-DD`; 29 February is refused, as it does not
    /// exist every year.
    package func monthDay(_ node: Node, context: String) -> MonthDay? {
        guard let text = string(node, context: context) else { return nil }
        if let day = MonthDay(iso: text) { return day }
        if MonthDay.isFebruary29(text) {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » ne peut pas être le 29 février (« \(text) ») : ce jour n'existe pas chaque année",
                    en: "'\(context)' cannot be 29 February ('\(text)'): that day does not exist every year"),
                hint: LocalizedText(
                    fr: "choisissez le 28 février (02-28) ou le 1er mars (03-01)",
                    en: "choose 28 February (02-28) or 1 March (03-01)"))
            return nil
        }
        report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas un jour de l'année valide pour « \(context) »",
                en: "'\(text)' is not a valid day of the year for '\(context)'"),
            hint: LocalizedText(
                fr: "écrivez MM-JJ ou --MM-JJ (comme les fiches Erasmus Without Paper), par exemple 04-30 pour le 30 avril",
                en: "write MM-DD or --MM-DD (as Erasmus Without Paper factsheets do), for example 04-30 for 30 April"))
        return nil
    }

    package func dateTime(_ node: Node, context: String) -> CivilDateTime? {
        guard let text = scalar(node, context: context) else { return nil }
        if let dateTime = CivilDateTime(iso: text) { return dateTime }
        report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas une date et heure valide pour « \(context) »",
                en: "'\(text)' is not a valid date and time for '\(context)'"),
            hint: LocalizedText(
                fr: "écrivez AAAA-MM-JJTHH:MM, par exemple 2025-04-22T10:00",
                en: "write YYYY-MM-DDTHH:MM, for example 2025-04-22T10:00"))
        return nil
    }

    /// An IANA time zone name this machine knows (`Europe/Brussels`).
    package func timeZone(_ node: Node, context: String) -> String? {
        guard let zone = string(node, context: context) else { return nil }
        guard ZoneRules.isKnown(zone) else {
            report(
                node, LocalizedText(fr: "fuseau horaire inconnu « \(zone) »", en: "unknown time zone '\(zone)'"),
                hint: LocalizedText(
                    fr: "utilisez un nom IANA comme America/Toronto ou Europe/Brussels",
                    en: "use an IANA name such as America/Toronto or Europe/Brussels"))
            return nil
        }
        return zone
    }

    package func int(_ node: Node, context: String, range: ClosedRange<Int>) -> Int? {
        guard let text = scalar(node, context: context) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit être un entier entre \(range.lowerBound) et \(range.upperBound), pas « \(text) »",
                    en: "'\(context)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"),
                hint: LocalizedText(
                    fr: "écrivez un nombre entier, sans décimales ni guillemets, de \(range.lowerBound) à \(range.upperBound)",
                    en: "write a whole number, without decimals or quotes, from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return value
    }

    package func double(_ node: Node, context: String, range: ClosedRange<Double>) -> Double? {
        guard let text = scalar(node, context: context) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit être un nombre entre \(range.lowerBound) et \(range.upperBound), pas « \(text) »",
                    en: "'\(context)' must be a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"),
                hint: LocalizedText(
                    fr: "écrivez un nombre de \(range.lowerBound) à \(range.upperBound), avec un point décimal (4.5)",
                    en: "write a number from \(range.lowerBound) to \(range.upperBound), with a decimal point (4.5)"))
            return nil
        }
        return value
    }

    /// `true`, `yes`, `oui` and `false`, `no`, `non`, in any case; nil for any other text.
    package static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "oui": return true
        case "false", "no", "non": return false
        default: return nil
        }
    }

    package func bool(_ node: Node, context: String) -> Bool? {
        guard let text = scalar(node, context: context) else { return nil }
        if let value = YAMLReader.boolean(text) { return value }
        report(
            node,
            LocalizedText(
                fr: "« \(context) » doit valoir true ou false, pas « \(text) »",
                en: "'\(context)' must be true or false, not '\(text)'"),
            hint: LocalizedText(
                fr: "écrivez true, false, oui, non, yes ou no",
                en: "write true, false, yes, no, oui or non"))
        return nil
    }

    package func choice<T: RawRepresentable & CaseIterable>(_ node: Node, context: String, as: T.Type) -> T?
    where T.RawValue == String {
        guard let text = scalar(node, context: context) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas une valeur permise pour « \(context) »",
                en: "'\(text)' is not an allowed value for '\(context)'"),
            hint: Suggestion.didYouMean(text, among: names))
        return nil
    }

    /// A text given either as one string or as `{fr: …, en: …}`.
    package func localized(_ node: Node, context: String) -> LocalizedText? {
        if case .scalar = node { return string(node, context: context).map { LocalizedText($0) } }
        guard let map = mapping(node, context: context, keys: ["fr", "en"]) else { return nil }
        let fr = map.string("fr")
        let en = map.string("en")
        guard fr != nil || en != nil else {
            report(
                node,
                LocalizedText(
                    fr: "« \(context) » doit avoir un texte fr ou en",
                    en: "'\(context)' needs an fr or en text"),
                hint: LocalizedText(fr: "écrivez {fr: …, en: …} ou un seul texte", en: "write {fr: …, en: …} or a single text"))
            return nil
        }
        return LocalizedText(fr: fr ?? en!, en: en ?? fr!)
    }

    private func dateHint(_ text: String) -> LocalizedText {
        let parts = text.split(separator: "-")
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), Int(parts[2]) != nil {
            let last = CivilDate.daysInMonth(year: y, month: m)
            return LocalizedText(fr: "ce mois n'a que \(last) jours", en: "that month has only \(last) days")
        }
        return LocalizedText(fr: "écrivez AAAA-MM-JJ, par exemple 2025-04-20", en: "write YYYY-MM-DD, for example 2025-04-20")
    }
}
