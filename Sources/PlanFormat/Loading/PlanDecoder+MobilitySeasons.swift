import Bilingual
import PlanModel
import CivilTime
import PlaceCalendars
import YAMLReading
import Yams

/// The parts of a `mobility:` programme outside academia: its seasons (`periods:`), the length
/// of its stays (`lengths:`), who may take part (`ages:`), its calendar years; and `balance:`,
/// which any programme may have.
extension PlanDecoder {
    static let periodKeys = ["id", "name", "from", "to", "dates", "types", "nomination", "application", "estimated"]
    static let balanceKeys = ["tolerance", "types"]

    /// `periods:` of a programme or a direction; refused between universities, whose windows are their terms.
    func readPeriods(_ map: MappingReader, academic: Bool) -> [MobilityPeriod] {
        guard map.has("periods") else { return [] }
        guard !academic else {
            reader.report(
                at: map.location(of: "periods"),
                LocalizedText(
                    fr:
                        "« periods » est pour les programmes hors université : les séjours universitaires suivent les trimestres des calendriers universitaires",
                    en: "'periods' is for programmes outside academia: university stays follow the terms of the academic calendars"),
                hint: LocalizedText(
                    fr: "retirez « periods », ou nommez les séjours du programme, par exemple « types: [youth-internship] »",
                    en: "remove 'periods', or name the programme's stays, for example 'types: [youth-internship]'"))
            return []
        }
        var periods: [MobilityPeriod] = []
        for item in map.list("periods") {
            guard let period = readPeriod(item) else { continue }
            if let first = periods.first(where: { $0.id == period.id }) {
                reader.report(
                    at: period.location,
                    LocalizedText(
                        fr: "la période « \(period.id) » existe déjà (ligne \(first.location.line))",
                        en: "period '\(period.id)' already exists (line \(first.location.line))"),
                    hint: LocalizedText(fr: "donnez un identifiant unique à chaque période", en: "give each period a unique id"))
                continue
            }
            periods.append(period)
        }
        return periods
    }

    private func readPeriod(_ node: Node) -> MobilityPeriod? {
        guard let map = reader.mapping(node, context: "periods", keys: Self.periodKeys) else { return nil }
        let id = map.require("id").flatMap { node in reader.string(node, context: "id").flatMap { checkedID($0, node: node) } }
        let name = map.localized("name", required: true)
        var span: MobilityPeriod.Span? = .wholeYear
        if map.has("dates") {
            if map.has("from") || map.has("to") {
                reader.report(
                    at: map.location(of: "dates"),
                    LocalizedText(
                        fr: "une période a soit « from » et « to » (chaque année), soit « dates » (une fois), pas les deux",
                        en: "a period has either 'from' and 'to' (every year) or 'dates' (once), not both"),
                    hint: LocalizedText(
                        fr: "gardez « from: --05-01 » et « to: --08-31 », ou « dates: {from: 2026-05-01, to: 2026-08-31} »",
                        en: "keep 'from: --05-01' and 'to: --08-31', or 'dates: {from: 2026-05-01, to: 2026-08-31}'"))
            }
            span = map.mapping("dates", keys: ["from", "to"]).flatMap { readRange($0, context: "dates") }.map { .dated($0) }
        } else if map.has("from") || map.has("to") {
            let from = map.require("from").flatMap { _ in monthDay(map, "from", example: "--05-01") }
            let to = map.require("to").flatMap { _ in monthDay(map, "to", example: "--08-31") }
            span = from.flatMap { from in to.map { .yearly(from: from, to: $0) } }
        }
        let types = readTypes(map) ?? []
        for type in types where type.usesAcademicCalendar {
            reader.report(
                at: map.location(of: "types"),
                LocalizedText(
                    fr:
                        "« \(type.rawValue) » est un séjour universitaire : ses dates sont les trimestres du calendrier universitaire, pas une période",
                    en: "'\(type.rawValue)' is a university stay: its dates are the academic calendar's terms, not a period"),
                hint: LocalizedText(
                    fr: "les périodes sont pour youth-internship, youth-exchange et staff-exchange",
                    en: "periods are for youth-internship, youth-exchange and staff-exchange"))
        }
        var once: DateRange?
        if case .dated(let range) = span { once = range }
        let nomination = deadlineDay(map, "nomination", period: once)
        let application = deadlineDay(map, "application", period: once)
        guard let id, let name, let span else { return nil }
        return MobilityPeriod(
            id: id, name: name, span: span, types: types.filter { !$0.usesAcademicCalendar },
            nomination: nomination, application: application, estimated: map.bool("estimated") ?? false,
            location: map.location)
    }

    /// A deadline of a period: a day of the year (`--02-15`) for a period of every year, or, for
    /// a period with `dates`, also a date, which must come before the period starts.
    private func deadlineDay(_ map: MappingReader, _ key: String, period: DateRange?) -> DeadlineDay? {
        guard let node = map.node(key), let text = reader.string(node, context: key) else { return nil }
        if let day = MonthDay(iso: text) { return .monthDay(day) }
        if let date = CivilDate(iso: text) {
            guard let period else {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "une période qui revient chaque année prend ses dates limites en jour de l'année, pas « \(text) »",
                        en: "a period that comes back every year takes its deadlines as days of the year, not '\(text)'"),
                    hint: LocalizedText(
                        fr: "écrivez --\(text.dropFirst(5)) (chaque année), ou donnez à la période des « dates: {from, to} »",
                        en: "write --\(text.dropFirst(5)) (every year), or give the period 'dates: {from, to}'"))
                return nil
            }
            guard date < period.first else {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "la date limite « \(key) » (\(date)) ne précède pas le début de la période (\(period.first))",
                        en: "the '\(key)' deadline (\(date)) is not before the period starts (\(period.first))"),
                    hint: LocalizedText(
                        fr: "une date limite mène au séjour : placez-la avant \(period.first)",
                        en: "a deadline leads to the stay: put it before \(period.first)"))
                return nil
            }
            return .date(date)
        }
        reader.report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est ni une date ni un jour de l'année valide pour « \(key) »",
                en: "'\(text)' is neither a valid date nor a valid day of the year for '\(key)'"),
            hint: LocalizedText(
                fr: "écrivez --MM-JJ pour chaque année (--02-15), ou AAAA-MM-JJ pour une période datée",
                en: "write --MM-DD for every year (--02-15), or YYYY-MM-DD for a period with dates"))
        return nil
    }

    /// Periods that name stays nobody offers, or that are shorter than the shortest stay they are for.
    func checkPeriods(_ periods: [MobilityPeriod], offered: [MobilityType], lengths: [MobilityType: ClosedRange<Int>]) {
        for period in periods {
            for type in period.types where !offered.contains(type) {
                reader.report(
                    at: period.location,
                    LocalizedText(
                        fr: "la période « \(period.id) » est pour « \(type.rawValue) », qu'aucune direction n'offre ici",
                        en: "period '\(period.id)' is for '\(type.rawValue)', which no direction offers here"),
                    hint: LocalizedText(
                        fr: "ajoutez-le aux « types » des directions, ou retirez-le de la période",
                        en: "add it to the directions' 'types', or remove it from the period"))
            }
            let days = period.shortestDays
            for type in offered where period.applies(to: type) {
                let shortest = (lengths[type] ?? type.stayDays).lowerBound
                guard days < shortest else { continue }
                reader.report(
                    at: period.location,
                    LocalizedText(
                        fr:
                            "la période « \(period.id) » dure \(days) jours, moins que le plus court séjour « \(type.rawValue) » (\(shortest) jours)",
                        en: "period '\(period.id)' lasts \(days) days, less than the shortest '\(type.rawValue)' stay (\(shortest) days)"),
                    hint: LocalizedText(
                        fr: "allongez la période, limitez-la à d'autres séjours (« types: »), ou raccourcissez ce séjour dans « lengths: »",
                        en: "lengthen the period, restrict it to other stays ('types:'), or shorten that stay in 'lengths:'"))
            }
        }
    }

    /// `lengths: {youth-internship: {min: 60, max: 183}}`: days at the host, travel excluded, for
    /// stays outside academia (the KA171 bounds of university stays are not the programme's to set).
    func readLengths(_ map: MappingReader) -> [MobilityType: ClosedRange<Int>] {
        guard let lengths = map.mapping("lengths", keys: Self.typeNames) else { return [:] }
        var result: [MobilityType: ClosedRange<Int>] = [:]
        for type in MobilityType.allCases where lengths.has(type.rawValue) {
            guard !type.usesAcademicCalendar else {
                reader.report(
                    at: lengths.location(of: type.rawValue),
                    LocalizedText(
                        fr: "la durée des séjours universitaires (« \(type.rawValue) ») suit Erasmus+ KA171 : elle ne se règle pas ici",
                        en: "the length of university stays ('\(type.rawValue)') follows Erasmus+ KA171: it is not set here"),
                    hint: LocalizedText(
                        fr: "« lengths » règle youth-internship, youth-exchange et staff-exchange",
                        en: "'lengths' sets youth-internship, youth-exchange and staff-exchange"))
                continue
            }
            guard let range = lengths.mapping(type.rawValue, keys: ["min", "max"]) else { continue }
            let min = range.int("min", range: 1...730, required: true)
            let max = range.int("max", range: 1...730, required: true)
            guard let min, let max else { continue }
            guard min <= max else {
                reader.report(
                    at: range.location(of: "max"),
                    LocalizedText(
                        fr: "le maximum (\(max) jours) est plus court que le minimum (\(min) jours)",
                        en: "the maximum (\(max) days) is shorter than the minimum (\(min) days)"),
                    hint: LocalizedText(fr: "échangez les deux valeurs", en: "swap the two values"))
                continue
            }
            result[type] = min...max
        }
        return result
    }

    /// `balance: {tolerance: 2, types: [youth-internship]}`; `balanceTolerance:` is its older,
    /// silent form, and the two are not written together.
    func readBalance(_ map: MappingReader) -> MobilityBalanceRule? {
        guard let balance = map.mapping("balance", keys: Self.balanceKeys) else { return nil }
        if map.has("balanceTolerance") {
            reader.report(
                at: map.location(of: "balanceTolerance"),
                LocalizedText(
                    fr: "« balanceTolerance » et « balance » disent la même chose",
                    en: "'balanceTolerance' and 'balance' say the same thing"),
                hint: LocalizedText(
                    fr: "gardez « balance: {tolerance: N} », qui avertit aussi quand une année n'est pas équilibrée",
                    en: "keep 'balance: {tolerance: N}', which also warns when a year is not balanced"))
        }
        let tolerance = balance.int("tolerance", range: 0...1000) ?? 1
        return MobilityBalanceRule(tolerance: tolerance, types: readTypes(balance) ?? [], location: balance.location)
    }

    /// `ages: {from: 18, to: 35}`.
    func readAges(_ map: MappingReader) -> ClosedRange<Int>? {
        guard let ages = map.mapping("ages", keys: ["from", "to"]) else { return nil }
        let from = ages.int("from", range: 0...120, required: true)
        let to = ages.int("to", range: 0...120, required: true)
        guard let from, let to else { return nil }
        guard from <= to else {
            reader.report(
                at: ages.location(of: "to"),
                LocalizedText(
                    fr: "l'âge maximal (\(to)) précède l'âge minimal (\(from))",
                    en: "the upper age (\(to)) is below the lower one (\(from))"),
                hint: LocalizedText(
                    fr: "écrivez par exemple « ages: {from: 18, to: 35} »", en: "write for example 'ages: {from: 18, to: 35}'"))
            return nil
        }
        return from...to
    }

    /// `2025`: a calendar year, the years of programmes outside academia.
    func calendarYear(_ text: String, node: Node) -> String? {
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), (1990...2100).contains(year) {
            return text
        }
        if let academic = AcademicCalendar.canonicalYearName(text) {
            let first = String(academic.prefix(4))
            reader.report(
                node,
                LocalizedText(
                    fr: "« \(text) » est une année universitaire, or les séjours de ce programme ne suivent aucun calendrier universitaire",
                    en: "'\(text)' is an academic year, but the stays of this programme follow no academic calendar"),
                hint: LocalizedText(fr: "écrivez l'année civile, par exemple \(first)", en: "write the calendar year, for example \(first)")
            )
            return nil
        }
        reader.report(
            node, LocalizedText(fr: "« \(text) » n'est pas une année", en: "'\(text)' is not a year"),
            hint: LocalizedText(
                fr: "écrivez une année entre 1990 et 2100, par exemple 2025",
                en: "write a year from 1990 to 2100, for example 2025"))
        return nil
    }
}
