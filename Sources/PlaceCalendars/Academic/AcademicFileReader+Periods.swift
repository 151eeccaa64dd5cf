import Bilingual
import CivilTime
import YAMLReading
import Yams

extension AcademicFileReader {
    /// A period as read, with where its values are for the checks against its term or year.
    struct ParsedPeriod {
        let period: AcademicPeriod
        let idLocation: SourceLocation
        let startLocation: SourceLocation
        let endLocation: SourceLocation
    }

    /// A period listed beside the terms of `year`, in its `term:` if it names one, else in
    /// `yearSpan` (not checked when nil: the year has a mistake already).
    func readYearPeriod(_ node: Node, year: String, terms: [AcademicTerm], yearSpan: ClosedRange<CivilDate>?) -> ParsedPeriod? {
        guard let map = reader.mapping(node, context: "periods", keys: Self.yearPeriodKeys) else { return nil }
        let start = reader.issues.count
        let termID = map.string("term")
        var term: AcademicTerm?
        if let termID, yearSpan != nil {
            term = terms.first { $0.id == termID }
            if term == nil {
                let ids = terms.map(\.id)
                reader.report(
                    at: map.location(of: "term"),
                    LocalizedText(
                        fr: "« \(termID) » n'est pas un trimestre de l'année \(year)",
                        en: "'\(termID)' is not a term of year \(year)"),
                    hint: LocalizedText(
                        fr: "utilisez l'un de : \(ids.joined(separator: ", ")), ou retirez « term: » pour une période entre les trimestres",
                        en: "use one of: \(ids.joined(separator: ", ")), or leave 'term:' out for a period between terms"))
            }
        }
        guard let period = readPeriod(map, year: year, termID: termID), reader.issues.count == start else { return nil }
        if let term {
            check(
                period, inside: term.dates, of: LocalizedText(fr: "du trimestre \(term.id)", en: "term \(term.id)"),
                fix: LocalizedText(
                    fr: "corrigez les dates de la période, ou son « term: »", en: "correct the period's dates, or its 'term:'"))
        } else if let yearSpan {
            check(
                period, inside: yearSpan, of: LocalizedText(fr: "de l'année \(year)", en: "year \(year)"),
                fix: LocalizedText(
                    fr: "corrigez les dates de la période, ou déplacez-la dans l'année à laquelle elle appartient",
                    en: "correct the period's dates, or move it to the year it belongs to"))
        }
        return period
    }

    /// The values of one period of `year`; nil when one has a mistake.
    func readPeriod(_ map: MappingReader, year: String, termID: String?) -> ParsedPeriod? {
        let start = reader.issues.count
        let id = map.string("id", required: true)
        if let id, !Self.isSlug(id) {
            reader.report(
                at: map.location(of: "id"),
                LocalizedText(
                    fr: "l'identifiant de période « \(id) » n'est pas fait de minuscules, de chiffres et de « - »",
                    en: "period id '\(id)' is not lower-case letters, digits and '-'"),
                hint: LocalizedText(fr: "écrivez-le comme « exams-january »", en: "write it like 'exams-january'"))
        }
        let what = LocalizedText(fr: "la période « \(id ?? "?") » de \(year)", en: "period '\(id ?? "?")' of \(year)")
        let kind = map.choice("kind", as: AcademicPeriodKind.self, required: true)
        let name = map.bilingual("name", required: true)
        let dates = span(map, what)
        let estimated = estimate(map, what)
        guard reader.issues.count == start, let id, let kind, let name, let dates else { return nil }
        let period = AcademicPeriod(
            id: id, kind: kind, name: name, start: dates.lowerBound, end: dates.upperBound,
            startEstimated: estimated.start, endEstimated: estimated.end,
            year: year, termID: termID)
        return ParsedPeriod(
            period: period, idLocation: map.location(of: "id"),
            startLocation: map.location(of: "start"), endLocation: map.location(of: "end"))
    }

    /// Reports a period that starts before or ends after `range`, the dates of `owner`.
    func check(_ parsed: ParsedPeriod, inside range: ClosedRange<CivilDate>, of owner: LocalizedText, fix: LocalizedText) {
        let period = parsed.period
        if period.start < range.lowerBound {
            reader.report(
                at: parsed.startLocation,
                LocalizedText(
                    fr: "la période « \(period.id) » commence le \(period.start), avant le début \(owner.fr) (\(range.lowerBound))",
                    en: "period '\(period.id)' starts on \(period.start), before \(owner.en) starts (\(range.lowerBound))"),
                hint: fix)
        } else if period.end > range.upperBound {
            reader.report(
                at: parsed.endLocation,
                LocalizedText(
                    fr: "la période « \(period.id) » finit le \(period.end), après la fin \(owner.fr) (\(range.upperBound))",
                    en: "period '\(period.id)' ends on \(period.end), after \(owner.en) ends (\(range.upperBound))"),
                hint: fix)
        }
    }
}
