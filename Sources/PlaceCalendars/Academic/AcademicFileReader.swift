import Bilingual
import CivilTime
import Foundation

/// Reads one `calendars/academic/ID.yaml` file and checks it; every mistake is a
/// `CalendarDataError` that says `file:line:column` and how to fix it.
struct AcademicFileReader {
    static let fileKeys = ["institution", "name", "country", "timezone", "jurisdiction", "sources", "years"]
    static let yearKeys = ["year", "start", "end", "estimated", "terms", "periods"]
    static let termKeys = ["id", "name", "start", "end", "estimated", "periods"]
    static let termPeriodKeys = ["id", "kind", "name", "start", "end", "estimated"]
    static let yearPeriodKeys = termPeriodKeys + ["term"]

    /// The calendar, with the node of its `institution:` value (to point at duplicates).
    static func read(_ source: CalendarSource) throws -> (calendar: AcademicCalendar, idNode: DataNode) {
        try read(root: DataNode.parse(yaml: source.text, file: source.path), stem: source.stem)
    }

    static func read(root: DataNode, stem: String) throws -> (calendar: AcademicCalendar, idNode: DataNode) {
        let fields = try root.mapping("the file", allowed: fileKeys,
                                      required: ["institution", "name", "country", "timezone", "years"])
        let idNode = fields["institution"]!
        let id = try idNode.string("institution")
        guard isSlug(id) else {
            throw idNode.error("institution id `\(id)` is not lower-case letters, digits and '-'",
                               fix: "write it like `unamur` or `uqtr`")
        }
        guard id == stem else {
            throw idNode.error("the file is named \(stem) but declares institution \(id)",
                               fix: "rename the file to \(id).yaml or correct the `institution:` line")
        }
        let name = try fields["name"]!.name("the institution name")
        let countryNode = fields["country"]!
        let country = try countryNode.string("country")
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw countryNode.error("country `\(country)` is not a two-letter ISO 3166 code",
                                    fix: "write it in capitals, like `BE` or `CA`")
        }
        let zoneNode = fields["timezone"]!
        let zone = try zoneNode.string("timezone")
        guard ZoneRules(identifier: zone) != nil else {
            throw zoneNode.error("`\(zone)` is not a known IANA time zone",
                                 fix: "write a zone such as `Europe/Brussels` or `America/Toronto`")
        }
        let jurisdiction = try fields["jurisdiction"]?.string("jurisdiction")
        let sources = try (fields["sources"]?.sequence("sources") ?? []).map { try $0.string("a source") }
        let institution = AcademicInstitution(id: id, name: name, country: country, timeZone: zone,
                                              jurisdiction: jurisdiction, sources: sources)

        let yearsNode = fields["years"]!
        let yearNodes = try yearsNode.sequence("years")
        guard !yearNodes.isEmpty else {
            throw yearsNode.error("the file lists no academic year", fix: "add a `- year: 2025/2026` entry with its terms")
        }
        var years: [(year: AcademicYear, node: DataNode)] = []
        for node in yearNodes {
            let (year, nameNode) = try readYear(node)
            if let same = years.first(where: { $0.year.name == year.name }) {
                throw nameNode.error("year \(year.name) is listed twice (first at line \(same.node.node.mark?.line ?? 0))",
                                     fix: "keep one entry per academic year")
            }
            if let previous = years.last {
                if year.firstDay < previous.year.firstDay {
                    throw nameNode.error("year \(year.name) is listed after \(previous.year.name) but starts before it",
                                         fix: "list the years in date order")
                }
                if year.firstDay <= previous.year.lastDay {
                    throw nameNode.error(
                        "year \(year.name) starts on \(year.firstDay), before \(previous.year.name) ends (\(previous.year.lastDay))",
                        fix: "correct the dates so that the years do not overlap")
                }
            }
            years.append((year, nameNode))
        }
        return (AcademicCalendar(institution: institution, years: years.map(\.year)), idNode)
    }

    // MARK: - Years

    private static func readYear(_ node: DataNode) throws -> (AcademicYear, DataNode) {
        let fields = try node.mapping("an academic year", allowed: yearKeys, required: ["year", "terms"])
        let nameNode = fields["year"]!
        let (name, first, second) = try yearName(nameNode)
        let what = "year \(name)"

        var explicit: ClosedRange<CivilDate>?
        var explicitEstimate = (start: false, end: false)
        switch (fields["start"], fields["end"]) {
        case (nil, nil):
            if let estimated = fields["estimated"] {
                throw estimated.error("`estimated` of \(what) has no dates to qualify",
                                      fix: "give the year `start:` and `end:`, or mark its terms as estimated instead")
            }
        case let (start?, nil):
            throw start.error("\(what) has `start` but no `end`", fix: "add `end: YYYY-MM-DD` (inclusive), or remove `start`")
        case let (nil, end?):
            throw end.error("\(what) has `end` but no `start`", fix: "add `start: YYYY-MM-DD`, or remove `end`")
        case (.some, .some):
            explicit = try span(fields, what)
            explicitEstimate = try estimate(fields["estimated"], what)
        }

        let termNodes = try fields["terms"]!.sequence("terms")
        guard !termNodes.isEmpty else {
            throw fields["terms"]!.error("\(what) has no terms", fix: "add at least one term, such as `- id: 1/2`")
        }
        let terms = try termNodes.map { try readTerm($0, year: name) }
        try checkTerms(terms, within: explicit, year: name)

        let firstDay = explicit?.lowerBound ?? terms.first!.term.start
        let lastDay = explicit?.upperBound ?? terms.map(\.term.end).max()!
        guard firstDay.year == first else {
            let suggestion = "\(firstDay.year)/\(firstDay.year + 1)"
            throw nameNode.error("\(what) starts on \(firstDay), in \(firstDay.year), not in \(first)",
                                 fix: "name it `\(suggestion)`, or correct its first day")
        }
        guard lastDay.year <= second else {
            throw nameNode.error("\(what) ends on \(lastDay), after \(second)",
                                 fix: "an academic year ends in its second calendar year: correct the last day")
        }

        var periods = terms.flatMap(\.periods)
        for periodNode in try fields["periods"]?.sequence("periods") ?? [] {
            periods.append(try readYearPeriod(periodNode, year: name, terms: terms.map(\.term),
                                              yearSpan: firstDay...lastDay))
        }
        var seen: [String: DataNode] = [:]
        for period in periods {
            if let earlier = seen[period.period.id] {
                throw period.idNode.error(
                    "period id `\(period.period.id)` is used twice in \(what) (first at line \(earlier.node.mark?.line ?? 0))",
                    fix: "give each period of the year its own id")
            }
            seen[period.period.id] = period.idNode
        }

        let year = AcademicYear(
            name: name, firstDay: firstDay, lastDay: lastDay,
            firstDayEstimated: explicit == nil ? terms.first!.term.startEstimated : explicitEstimate.start,
            lastDayEstimated: explicit == nil ? terms.last!.term.endEstimated : explicitEstimate.end,
            terms: terms.map(\.term), periods: periods.map(\.period))
        return (year, nameNode)
    }

    /// `2025/2026` → ("2025/2026", 2025, 2026).
    private static func yearName(_ node: DataNode) throws -> (String, Int, Int) {
        let text = try node.string("the academic year")
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let first = Int(parts[0]), let second = Int(parts[1]) else {
            let guess = AcademicCalendar.canonicalYearName(text).map { "did you mean `\($0)`? " } ?? ""
            throw node.error("academic year `\(text)` is not written as Erasmus Without Paper writes it",
                             fix: "\(guess)write both calendar years with a slash, like `2025/2026`")
        }
        guard second == first + 1 else {
            throw node.error("academic year `\(text)` does not run over two consecutive calendar years",
                             fix: "write it like `\(first)/\(first + 1)`")
        }
        return (text, first, second)
    }

    // MARK: - Terms

    private struct ParsedTerm {
        let term: AcademicTerm
        let idNode: DataNode
        let startNode: DataNode
        let endNode: DataNode
        let periods: [ParsedPeriod]
    }

    private struct ParsedPeriod {
        let period: AcademicPeriod
        let idNode: DataNode
    }

    private static func readTerm(_ node: DataNode, year: String) throws -> ParsedTerm {
        let fields = try node.mapping("a term of \(year)", allowed: termKeys, required: ["id", "name", "start", "end"])
        let idNode = fields["id"]!
        let (number, count) = try termID(idNode)
        let what = "term \(number)/\(count) of \(year)"
        let name = try fields["name"]!.name("the name of \(what)")
        let dates = try span(fields, what)
        let estimated = try estimate(fields["estimated"], what)
        let term = AcademicTerm(number: number, count: count, year: year, name: name,
                                start: dates.lowerBound, end: dates.upperBound,
                                startEstimated: estimated.start, endEstimated: estimated.end)
        var periods: [ParsedPeriod] = []
        for periodNode in try fields["periods"]?.sequence("periods") ?? [] {
            let (period, fields) = try readPeriod(periodNode, allowed: termPeriodKeys, year: year, termID: term.id)
            try check(period, fields: fields, inside: term.dates,
                      of: "term \(term.id)",
                      fix: "correct the period's dates, or list it under the year's `periods:` if it lies outside the term")
            periods.append(ParsedPeriod(period: period, idNode: fields["id"]!))
        }
        return ParsedTerm(term: term, idNode: idNode, startNode: fields["start"]!, endNode: fields["end"]!, periods: periods)
    }

    /// `1/3` → (1, 3).
    private static func termID(_ node: DataNode) throws -> (Int, Int) {
        let text = try node.string("the term id")
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let fix = "write it as Erasmus Without Paper does, `number/count`: `1/2` and `2/2` for semesters, `1/3` to `3/3` for three terms"
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let number = Int(parts[0]), let count = Int(parts[1]) else {
            throw node.error("term id `\(text)` is not `number/count`", fix: fix)
        }
        guard (1...12).contains(count), (1...count).contains(number) else {
            throw node.error("term id `\(text)` is impossible: the number must be from 1 to the count (at most 12)", fix: fix)
        }
        return (number, count)
    }

    private static func checkTerms(_ terms: [ParsedTerm], within year: ClosedRange<CivilDate>?, year name: String) throws {
        for (index, current) in terms.enumerated() {
            let term = current.term
            if let year {
                if term.start < year.lowerBound {
                    throw current.startNode.error(
                        "term \(term.id) starts on \(term.start), before year \(name) starts (\(year.lowerBound))",
                        fix: "correct the term's start or the year's `start`")
                }
                if term.end > year.upperBound {
                    throw current.endNode.error(
                        "term \(term.id) ends on \(term.end), after year \(name) ends (\(year.upperBound))",
                        fix: "correct the term's end or the year's `end`")
                }
            }
            let first = terms[0].term
            if term.count != first.count {
                throw current.idNode.error(
                    "term `\(term.id)` counts \(term.count) terms but `\(first.id)` counts \(first.count) in year \(name)",
                    fix: "use the same count in every term id of the year (`1/3`, `2/3`, `3/3`)")
            }
            guard index > 0 else { continue }
            let previous = terms[index - 1].term
            if terms[..<index].contains(where: { $0.term.id == term.id }) {
                throw current.idNode.error("term `\(term.id)` appears twice in year \(name)",
                                           fix: "give each term its own number")
            }
            if term.start < previous.start {
                throw current.startNode.error(
                    "term \(term.id) is listed after term \(previous.id) but starts before it (\(term.start))",
                    fix: "list the terms in date order")
            }
            if term.start <= previous.end {
                throw current.startNode.error(
                    "term \(term.id) starts on \(term.start), before term \(previous.id) ends (\(previous.end)): terms cannot overlap",
                    fix: "start term \(term.id) after \(previous.end), or end term \(previous.id) earlier")
            }
            if term.number < previous.number {
                throw current.idNode.error(
                    "term `\(term.id)` comes after term `\(previous.id)` in time",
                    fix: "number the terms in date order")
            }
        }
    }

    // MARK: - Periods

    private static func readYearPeriod(
        _ node: DataNode, year: String, terms: [AcademicTerm], yearSpan: ClosedRange<CivilDate>
    ) throws -> ParsedPeriod {
        var termID: String?
        var term: AcademicTerm?
        if case let .mapping(mapping) = node.node,
           let termValue = mapping.first(where: { $0.key.scalar?.string == "term" })?.value {
            let termNode = DataNode(node: termValue, file: node.file)
            let id = try termNode.string("the term of a period")
            guard let found = terms.first(where: { $0.id == id }) else {
                throw termNode.error("`\(id)` is not a term of year \(year)",
                                     fix: "use one of: \(terms.map(\.id).joined(separator: ", ")), or leave `term:` out for a period between terms")
            }
            termID = id
            term = found
        }
        let (period, fields) = try readPeriod(node, allowed: yearPeriodKeys, year: year, termID: termID)
        if let term {
            try check(period, fields: fields, inside: term.dates, of: "term \(term.id)",
                      fix: "correct the period's dates, or its `term:`")
        } else {
            try check(period, fields: fields, inside: yearSpan, of: "year \(year)",
                      fix: "correct the period's dates, or move it to the year it belongs to")
        }
        return ParsedPeriod(period: period, idNode: fields["id"]!)
    }

    private static func readPeriod(
        _ node: DataNode, allowed: [String], year: String, termID: String?
    ) throws -> (AcademicPeriod, [String: DataNode]) {
        let fields = try node.mapping("a period of \(year)", allowed: allowed,
                                      required: ["id", "kind", "name", "start", "end"])
        let idNode = fields["id"]!
        let id = try idNode.string("the period id")
        guard isSlug(id) else {
            throw idNode.error("period id `\(id)` is not lower-case letters, digits and '-'",
                               fix: "write it like `exams-january`")
        }
        let what = "period `\(id)` of \(year)"
        let kindNode = fields["kind"]!
        let kindText = try kindNode.string("the kind of \(what)")
        let kinds = AcademicPeriodKind.allCases.map(\.rawValue)
        guard let kind = AcademicPeriodKind(rawValue: kindText) else {
            let suggestion = DataNode.closest(to: kindText, among: kinds).map { "did you mean `\($0)`? " } ?? ""
            throw kindNode.error("unknown kind `\(kindText)` for \(what)",
                                 fix: "\(suggestion)use one of: \(kinds.joined(separator: ", "))")
        }
        let name = try fields["name"]!.name("the name of \(what)")
        let dates = try span(fields, what)
        let estimated = try estimate(fields["estimated"], what)
        let period = AcademicPeriod(id: id, kind: kind, name: name, start: dates.lowerBound, end: dates.upperBound,
                                    startEstimated: estimated.start, endEstimated: estimated.end,
                                    year: year, termID: termID)
        return (period, fields)
    }

    private static func check(
        _ period: AcademicPeriod, fields: [String: DataNode], inside range: ClosedRange<CivilDate>, of owner: String, fix: String
    ) throws {
        if period.start < range.lowerBound {
            throw fields["start"]!.error(
                "period `\(period.id)` starts on \(period.start), before \(owner) starts (\(range.lowerBound))", fix: fix)
        }
        if period.end > range.upperBound {
            throw fields["end"]!.error(
                "period `\(period.id)` ends on \(period.end), after \(owner) ends (\(range.upperBound))", fix: fix)
        }
    }

    // MARK: - Values

    /// `start:` and `end:` (inclusive), end not before start.
    private static func span(_ fields: [String: DataNode], _ what: String) throws -> ClosedRange<CivilDate> {
        let start = try fields["start"]!.date("the start of \(what)")
        let end = try fields["end"]!.date("the end of \(what)")
        guard start <= end else {
            throw fields["end"]!.error("\(what) ends on \(end), before it starts (\(start))",
                                       fix: "correct one of the dates, or swap them")
        }
        return start...end
    }

    /// `estimated: true | false | start | end`: which dates are not taken from an official calendar.
    private static func estimate(_ node: DataNode?, _ what: String) throws -> (start: Bool, end: Bool) {
        guard let node else { return (false, false) }
        let text = try node.string("`estimated` of \(what)")
        switch text.lowercased() {
        case "true", "yes": return (true, true)
        case "false", "no": return (false, false)
        case "start": return (true, false)
        case "end": return (false, true)
        default:
            throw node.error("`estimated` of \(what) is `\(text)`",
                             fix: "write `true` (both dates), `start` or `end` (only that date), or `false`")
        }
    }

    private static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.first != "-" && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
