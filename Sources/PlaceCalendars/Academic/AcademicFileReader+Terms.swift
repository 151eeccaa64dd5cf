import Bilingual
import CivilTime
import YAMLReading
import Yams

extension AcademicFileReader {
    /// A term as read, with where its values are for the checks across terms.
    struct ParsedTerm {
        let term: AcademicTerm
        let idLocation: SourceLocation
        let startLocation: SourceLocation
        let endLocation: SourceLocation
        let periods: [ParsedPeriod]
    }

    /// One term of `year` and its periods; nil when it has a mistake.
    func readTerm(_ node: Node, year: String) -> ParsedTerm? {
        guard let map = reader.mapping(node, context: "terms", keys: Self.termKeys) else { return nil }
        let start = reader.issues.count
        let idNode = map.require("id")
        let numbers = idNode.flatMap { node in reader.string(node, context: "id").flatMap { termID($0, node: node) } }
        let id = numbers.map { "\($0.number)/\($0.count)" }
        let what = LocalizedText(fr: "le trimestre \(id ?? "?") de \(year)", en: "term \(id ?? "?") of \(year)")
        let name = map.bilingual("name", required: true)
        let dates = span(map, what)
        let estimated = estimate(map, what)
        var periods: [ParsedPeriod] = []
        for periodNode in map.list("periods") {
            guard let periodMap = reader.mapping(periodNode, context: "periods", keys: Self.termPeriodKeys),
                let period = readPeriod(periodMap, year: year, termID: id)
            else { continue }
            if let id, let dates {
                check(
                    period, inside: dates, of: LocalizedText(fr: "du trimestre \(id)", en: "term \(id)"),
                    fix: LocalizedText(
                        fr: "corrigez les dates de la période, ou listez-la sous les « periods: » de l'année si elle sort du trimestre",
                        en: "correct the period's dates, or list it under the year's 'periods:' if it lies outside the term"))
            }
            periods.append(period)
        }
        guard reader.issues.count == start, let numbers, let name, let dates else { return nil }
        let term = AcademicTerm(
            number: numbers.number, count: numbers.count, year: year, name: name,
            start: dates.lowerBound, end: dates.upperBound,
            startEstimated: estimated.start, endEstimated: estimated.end)
        return ParsedTerm(
            term: term, idLocation: map.location(of: "id"), startLocation: map.location(of: "start"),
            endLocation: map.location(of: "end"), periods: periods)
    }

    /// `1/3` → (1, 3).
    private func termID(_ text: String, node: Node) -> (number: Int, count: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let fix = LocalizedText(
            fr:
                "écrivez-le comme Erasmus Without Paper, « numéro/nombre » : « 1/2 » et « 2/2 » pour des semestres, « 1/3 » à « 3/3 » pour trois trimestres",
            en: "write it as Erasmus Without Paper does, 'number/count': '1/2' and '2/2' for semesters, '1/3' to '3/3' for three terms")
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let number = Int(parts[0]), let count = Int(parts[1])
        else {
            reader.report(
                node,
                LocalizedText(
                    fr: "l'identifiant de trimestre « \(text) » n'est pas « numéro/nombre »",
                    en: "term id '\(text)' is not 'number/count'"), hint: fix)
            return nil
        }
        guard (1...12).contains(count), (1...count).contains(number) else {
            reader.report(
                node,
                LocalizedText(
                    fr: "l'identifiant de trimestre « \(text) » est impossible : le numéro va de 1 au nombre (12 au plus)",
                    en: "term id '\(text)' is impossible: the number must be from 1 to the count (at most 12)"),
                hint: fix)
            return nil
        }
        return (number, count)
    }

    /// Terms inside their year, in date order without overlap, numbered in that order with one
    /// count; one mistake reported per term.
    func checkTerms(_ terms: [ParsedTerm], within year: ClosedRange<CivilDate>?, year name: String) {
        for index in terms.indices {
            if let problem = problem(with: index, of: terms, within: year, year: name) {
                reader.report(at: problem.location, problem.message, hint: problem.fix)
            }
        }
    }

    private func problem(
        with index: Int, of terms: [ParsedTerm], within year: ClosedRange<CivilDate>?, year name: String
    ) -> (location: SourceLocation, message: LocalizedText, fix: LocalizedText)? {
        let current = terms[index]
        let term = current.term
        if let year {
            if term.start < year.lowerBound {
                return (
                    current.startLocation,
                    LocalizedText(
                        fr: "le trimestre \(term.id) commence le \(term.start), avant le début de l'année \(name) (\(year.lowerBound))",
                        en: "term \(term.id) starts on \(term.start), before year \(name) starts (\(year.lowerBound))"),
                    LocalizedText(
                        fr: "corrigez le début du trimestre ou le « start » de l'année",
                        en: "correct the term's start or the year's 'start'")
                )
            }
            if term.end > year.upperBound {
                return (
                    current.endLocation,
                    LocalizedText(
                        fr: "le trimestre \(term.id) finit le \(term.end), après la fin de l'année \(name) (\(year.upperBound))",
                        en: "term \(term.id) ends on \(term.end), after year \(name) ends (\(year.upperBound))"),
                    LocalizedText(
                        fr: "corrigez la fin du trimestre ou le « end » de l'année",
                        en: "correct the term's end or the year's 'end'")
                )
            }
        }
        let first = terms[0].term
        if term.count != first.count {
            return (
                current.idLocation,
                LocalizedText(
                    fr:
                        "le trimestre « \(term.id) » compte \(term.count) trimestres mais « \(first.id) » en compte \(first.count) dans l'année \(name)",
                    en: "term '\(term.id)' counts \(term.count) terms but '\(first.id)' counts \(first.count) in year \(name)"),
                LocalizedText(
                    fr: "utilisez le même nombre dans chaque identifiant de trimestre de l'année (« 1/3 », « 2/3 », « 3/3 »)",
                    en: "use the same count in every term id of the year ('1/3', '2/3', '3/3')")
            )
        }
        guard index > 0 else { return nil }
        let previous = terms[index - 1].term
        if terms[..<index].contains(where: { $0.term.id == term.id }) {
            return (
                current.idLocation,
                LocalizedText(
                    fr: "le trimestre « \(term.id) » apparaît deux fois dans l'année \(name)",
                    en: "term '\(term.id)' appears twice in year \(name)"),
                LocalizedText(fr: "donnez à chaque trimestre son propre numéro", en: "give each term its own number")
            )
        }
        if term.start < previous.start {
            return (
                current.startLocation,
                LocalizedText(
                    fr: "le trimestre \(term.id) suit le trimestre \(previous.id) dans la liste mais commence avant lui (\(term.start))",
                    en: "term \(term.id) is listed after term \(previous.id) but starts before it (\(term.start))"),
                LocalizedText(fr: "listez les trimestres dans l'ordre des dates", en: "list the terms in date order")
            )
        }
        if term.start <= previous.end {
            return (
                current.startLocation,
                LocalizedText(
                    fr:
                        "le trimestre \(term.id) commence le \(term.start), avant la fin du trimestre \(previous.id) (\(previous.end)) : les trimestres ne peuvent pas se chevaucher",
                    en: "term \(term.id) starts on \(term.start), before term \(previous.id) ends (\(previous.end)): terms cannot overlap"),
                LocalizedText(
                    fr: "commencez le trimestre \(term.id) après le \(previous.end), ou finissez le trimestre \(previous.id) plus tôt",
                    en: "start term \(term.id) after \(previous.end), or end term \(previous.id) earlier")
            )
        }
        if term.number < previous.number {
            return (
                current.idLocation,
                LocalizedText(
                    fr: "le trimestre « \(term.id) » vient après le trimestre « \(previous.id) » dans le temps",
                    en: "term '\(term.id)' comes after term '\(previous.id)' in time"),
                LocalizedText(fr: "numérotez les trimestres dans l'ordre des dates", en: "number the terms in date order")
            )
        }
        return nil
    }
}
