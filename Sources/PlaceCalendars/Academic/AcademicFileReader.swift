import Bilingual
import CivilTime
import YAMLReading
import Yams

/// Reads one `calendars/academic/ID.yaml` file and checks it; a `SourceError` lists every
/// mistake with its `file:line:column` and how to fix it.
struct AcademicFileReader {
    static let fileKeys = ["institution", "name", "country", "timezone", "jurisdiction", "sources", "years"]
    static let yearKeys = ["year", "start", "end", "estimated", "terms", "periods"]
    static let termKeys = ["id", "name", "start", "end", "estimated", "periods"]
    static let termPeriodKeys = ["id", "kind", "name", "start", "end", "estimated"]
    static let yearPeriodKeys = termPeriodKeys + ["term"]

    let reader: YAMLReader

    /// The calendar, with where its `institution:` value is (to point at duplicates).
    static func read(_ source: CalendarSource) throws -> (calendar: AcademicCalendar, idLocation: SourceLocation) {
        try source.read(keys: fileKeys, firstLine: "institution: \(source.stem)") { top in
            AcademicFileReader(reader: top.reader).readFile(top, stem: source.stem)
        }
    }

    private func readFile(_ top: MappingReader, stem: String) -> (calendar: AcademicCalendar, idLocation: SourceLocation)? {
        let id = top.string("institution", required: true)
        if let id {
            if !Self.isSlug(id) {
                reader.report(
                    at: top.location(of: "institution"),
                    LocalizedText(
                        fr: "l'identifiant d'établissement « \(id) » n'est pas fait de minuscules, de chiffres et de « - »",
                        en: "institution id '\(id)' is not lower-case letters, digits and '-'"),
                    hint: LocalizedText(fr: "écrivez-le comme « unamur » ou « uqtr »", en: "write it like 'unamur' or 'uqtr'"))
            } else if id != stem {
                reader.report(
                    at: top.location(of: "institution"),
                    LocalizedText(
                        fr: "le fichier s'appelle \(stem) mais déclare l'établissement \(id)",
                        en: "the file is named \(stem) but declares institution \(id)"),
                    hint: LocalizedText(
                        fr: "renommez le fichier en \(id).yaml ou corrigez la ligne « institution: »",
                        en: "rename the file to \(id).yaml or correct the 'institution:' line"))
            }
        }
        let name = top.bilingual("name", required: true)
        let country = top.string("country", required: true)
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            reader.report(
                at: top.location(of: "country"),
                LocalizedText(
                    fr: "le pays « \(country) » n'est pas un code ISO 3166 de deux lettres",
                    en: "country '\(country)' is not a two-letter ISO 3166 code"),
                hint: LocalizedText(fr: "écrivez-le en majuscules, comme « BE » ou « CA »", en: "write it in capitals, like 'BE' or 'CA'"))
        }
        let zone = top.timeZone("timezone", required: true)
        let jurisdiction = top.string("jurisdiction")
        let sources = top.strings("sources").map(\.value)

        let before = reader.issues.count
        let yearNodes = top.list("years", required: true)
        if yearNodes.isEmpty, reader.issues.count == before {
            reader.report(
                at: top.location(of: "years"),
                LocalizedText(fr: "le fichier ne liste aucune année académique", en: "the file lists no academic year"),
                hint: LocalizedText(
                    fr: "ajoutez une entrée « - year: 2025/2026 » avec ses trimestres",
                    en: "add a '- year: 2025/2026' entry with its terms"))
        }
        let read = yearNodes.compactMap(readYear)
        guard read.count == yearNodes.count else { return nil }
        var years: [(year: AcademicYear, location: SourceLocation)] = []
        for (year, location) in read {
            if let same = years.first(where: { $0.year.name == year.name }) {
                reader.report(
                    at: location,
                    LocalizedText(
                        fr: "l'année \(year.name) apparaît deux fois (d'abord ligne \(same.location.line))",
                        en: "year \(year.name) is listed twice (first at line \(same.location.line))"),
                    hint: LocalizedText(fr: "gardez une seule entrée par année académique", en: "keep one entry per academic year"))
                continue
            }
            if let previous = years.last?.year {
                if year.firstDay < previous.firstDay {
                    reader.report(
                        at: location,
                        LocalizedText(
                            fr: "l'année \(year.name) suit \(previous.name) dans la liste mais commence avant elle",
                            en: "year \(year.name) is listed after \(previous.name) but starts before it"),
                        hint: LocalizedText(fr: "listez les années dans l'ordre des dates", en: "list the years in date order"))
                } else if year.firstDay <= previous.lastDay {
                    reader.report(
                        at: location,
                        LocalizedText(
                            fr: "l'année \(year.name) commence le \(year.firstDay), avant la fin de \(previous.name) (\(previous.lastDay))",
                            en: "year \(year.name) starts on \(year.firstDay), before \(previous.name) ends (\(previous.lastDay))"),
                        hint: LocalizedText(
                            fr: "corrigez les dates pour que les années ne se chevauchent pas",
                            en: "correct the dates so that the years do not overlap"))
                }
            }
            years.append((year, location))
        }
        guard let id, let name, let country, let zone else { return nil }
        let institution = AcademicInstitution(
            id: id, name: name, country: country, timeZone: zone,
            jurisdiction: jurisdiction, sources: sources)
        return (AcademicCalendar(institution: institution, years: years.map(\.year)), top.location(of: "institution"))
    }

    // MARK: - Years

    /// One year and where its name is; nil when it has a mistake.
    private func readYear(_ node: Node) -> (AcademicYear, SourceLocation)? {
        guard let map = reader.mapping(node, context: "years", keys: Self.yearKeys) else { return nil }
        let start = reader.issues.count
        let text = map.string("year", required: true)
        let parsed = text.flatMap { yearName($0, at: map.location(of: "year")) }
        let label = text ?? "?"
        let what = LocalizedText(fr: "l'année \(label)", en: "year \(label)")

        var explicit: ClosedRange<CivilDate>?
        var explicitEstimate = (start: false, end: false)
        switch (map.has("start"), map.has("end")) {
        case (false, false):
            if map.has("estimated") {
                reader.report(
                    at: map.location(of: "estimated"),
                    LocalizedText(
                        fr: "« estimated » n'a pas de dates à qualifier dans \(what.fr)",
                        en: "'estimated' has no dates to qualify in \(what.en)"),
                    hint: LocalizedText(
                        fr: "donnez à l'année « start: » et « end: », ou marquez plutôt ses trimestres comme estimés",
                        en: "give the year 'start:' and 'end:', or mark its terms as estimated instead"))
            }
        case (true, false):
            reader.report(
                at: map.location(of: "start"),
                LocalizedText(fr: "\(what.fr) a « start » mais pas « end »", en: "\(what.en) has 'start' but no 'end'"),
                hint: LocalizedText(
                    fr: "ajoutez « end: AAAA-MM-JJ » (inclus), ou retirez « start »",
                    en: "add 'end: YYYY-MM-DD' (inclusive), or remove 'start'"))
        case (false, true):
            reader.report(
                at: map.location(of: "end"),
                LocalizedText(fr: "\(what.fr) a « end » mais pas « start »", en: "\(what.en) has 'end' but no 'start'"),
                hint: LocalizedText(
                    fr: "ajoutez « start: AAAA-MM-JJ », ou retirez « end »",
                    en: "add 'start: YYYY-MM-DD', or remove 'end'"))
        case (true, true):
            explicit = span(map, what)
            explicitEstimate = estimate(map, what)
        }

        let before = reader.issues.count
        let termNodes = map.list("terms", required: true)
        if termNodes.isEmpty, reader.issues.count == before {
            reader.report(
                at: map.location(of: "terms"),
                LocalizedText(fr: "\(what.fr) n'a aucun trimestre", en: "\(what.en) has no terms"),
                hint: LocalizedText(
                    fr: "ajoutez au moins un trimestre, comme « - id: 1/2 »", en: "add at least one term, such as '- id: 1/2'"))
        }
        let terms = termNodes.compactMap { readTerm($0, year: label) }

        // The year's span is known only when its dates and every term read well.
        var yearSpan: ClosedRange<CivilDate>?
        if reader.issues.count == start, let parsed, let firstTerm = terms.first {
            let (name, first, second) = parsed
            checkTerms(terms, within: explicit, year: name)
            let firstDay = explicit?.lowerBound ?? firstTerm.term.start
            let lastDay = explicit?.upperBound ?? terms.map(\.term.end).max()!
            if firstDay.year != first {
                reader.report(
                    at: map.location(of: "year"),
                    LocalizedText(
                        fr: "\(what.fr) commence le \(firstDay), en \(firstDay.year), pas en \(first)",
                        en: "\(what.en) starts on \(firstDay), in \(firstDay.year), not in \(first)"),
                    hint: LocalizedText(
                        fr: "nommez-la « \(firstDay.year)/\(firstDay.year + 1) », ou corrigez son premier jour",
                        en: "name it '\(firstDay.year)/\(firstDay.year + 1)', or correct its first day"))
            } else if lastDay.year > second {
                reader.report(
                    at: map.location(of: "year"),
                    LocalizedText(
                        fr: "\(what.fr) finit le \(lastDay), après \(second)", en: "\(what.en) ends on \(lastDay), after \(second)"),
                    hint: LocalizedText(
                        fr: "une année académique finit dans sa seconde année civile : corrigez son dernier jour",
                        en: "an academic year ends in its second calendar year: correct the last day"))
            }
            yearSpan = firstDay...lastDay
        }

        var periods = terms.flatMap(\.periods)
        for periodNode in map.list("periods") {
            if let period = readYearPeriod(periodNode, year: label, terms: terms.map(\.term), yearSpan: yearSpan) {
                periods.append(period)
            }
        }
        var seen: [String: SourceLocation] = [:]
        for period in periods {
            if let earlier = seen[period.period.id] {
                reader.report(
                    at: period.idLocation,
                    LocalizedText(
                        fr:
                            "l'identifiant de période « \(period.period.id) » est utilisé deux fois dans \(what.fr) (d'abord ligne \(earlier.line))",
                        en: "period id '\(period.period.id)' is used twice in \(what.en) (first at line \(earlier.line))"),
                    hint: LocalizedText(
                        fr: "donnez à chaque période de l'année son propre identifiant",
                        en: "give each period of the year its own id"))
            }
            seen[period.period.id] = seen[period.period.id] ?? period.idLocation
        }

        guard reader.issues.count == start, let name = parsed?.name, let yearSpan, let firstTerm = terms.first, let lastTerm = terms.last
        else {
            return nil
        }
        let year = AcademicYear(
            name: name, firstDay: yearSpan.lowerBound, lastDay: yearSpan.upperBound,
            firstDayEstimated: explicit == nil ? firstTerm.term.startEstimated : explicitEstimate.start,
            lastDayEstimated: explicit == nil ? lastTerm.term.endEstimated : explicitEstimate.end,
            terms: terms.map(\.term), periods: periods.map(\.period))
        return (year, map.location(of: "year"))
    }

    /// `2025/2026` → ("2025/2026", 2025, 2026).
    private func yearName(_ text: String, at location: SourceLocation) -> (name: String, first: Int, second: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(parts[0]), let second = Int(parts[1])
        else {
            let rule = LocalizedText(
                fr: "écrivez les deux années civiles séparées par une barre oblique, comme « 2025/2026 »",
                en: "write both calendar years with a slash, like '2025/2026'")
            let hint = AcademicCalendar.canonicalYearName(text).map {
                LocalizedText(
                    fr: "vouliez-vous dire « \($0) » ? Écrivez les deux années civiles séparées par une barre oblique",
                    en: "did you mean '\($0)'? Write both calendar years with a slash")
            }
            reader.report(
                at: location,
                LocalizedText(
                    fr: "l'année académique « \(text) » ne s'écrit pas comme Erasmus Without Paper l'écrit",
                    en: "academic year '\(text)' is not written as Erasmus Without Paper writes it"),
                hint: hint ?? rule)
            return nil
        }
        guard second == first + 1 else {
            reader.report(
                at: location,
                LocalizedText(
                    fr: "l'année académique « \(text) » ne couvre pas deux années civiles consécutives",
                    en: "academic year '\(text)' does not run over two consecutive calendar years"),
                hint: LocalizedText(fr: "écrivez-la comme « \(first)/\(first + 1) »", en: "write it like '\(first)/\(first + 1)'"))
            return nil
        }
        return (text, first, second)
    }

    // MARK: - Values

    /// `start:` and `end:` (inclusive), end not before start; `what` names their owner.
    func span(_ map: MappingReader, _ what: LocalizedText) -> ClosedRange<CivilDate>? {
        guard let start = map.date("start", required: true), let end = map.date("end", required: true) else { return nil }
        guard start <= end else {
            reader.report(
                at: map.location(of: "end"),
                LocalizedText(
                    fr: "\(what.fr) finit le \(end), avant de commencer (\(start))",
                    en: "\(what.en) ends on \(end), before it starts (\(start))"),
                hint: LocalizedText(fr: "corrigez l'une des dates, ou inversez-les", en: "correct one of the dates, or swap them"))
            return nil
        }
        return start...end
    }

    /// `estimated: true | false | start | end` (and the other booleans): which dates are not
    /// taken from an official calendar.
    func estimate(_ map: MappingReader, _ what: LocalizedText) -> (start: Bool, end: Bool) {
        guard let node = map.node("estimated"), let text = reader.string(node, context: "estimated") else { return (false, false) }
        if let both = YAMLReader.boolean(text) { return (both, both) }
        switch text.lowercased() {
        case "start": return (true, false)
        case "end": return (false, true)
        default:
            reader.report(
                node,
                LocalizedText(
                    fr: "« estimated » doit valoir true, false, start ou end, pas « \(text) » (\(what.fr))",
                    en: "'estimated' must be true, false, start or end, not '\(text)' (\(what.en))"),
                hint: LocalizedText(
                    fr: "écrivez « true » (les deux dates), « start » ou « end » (cette date seule), ou « false »",
                    en: "write 'true' (both dates), 'start' or 'end' (only that date), or 'false'"))
            return (false, false)
        }
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.first != "-" && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
