import Bilingual
import PlanModel
import CivilTime
import YAMLReading
import Yams

extension PlanDecoder {
    func readActivity(_ node: Node, partners: [Partner], known: KnownIDs, horizon: DateRange?) -> Activity? {
        guard let map = reader.mapping(node, context: "events", keys: PlanLoader.activityKeys) else { return nil }
        let id = map.require("id").flatMap { node in reader.string(node, context: "id").flatMap { checkedID($0, node: node) } }
        let kind = map.choice("kind", as: Activity.Kind.self) ?? .event
        let title = map.localized("title", required: true)

        var hostIDs = references(map, "hosts", among: known.partners, what: "partner")
        hostIDs.insert(contentsOf: references(map, "host", among: known.partners, what: "partner"), at: 0)
        hostIDs.insert(contentsOf: references(map, "destination", among: known.partners, what: "partner"), at: 0)
        let originID = references(map, "origin", among: known.partners, what: "partner").first
        let firstHost = hostIDs.first.flatMap { id in partners.first { $0.id == id } }
        let timing = readTiming(map, defaultZone: firstHost?.timeZone)

        let travelDays = map.int("travelDays", range: 0...5)

        var audiences: [Audience] = []
        for (text, node) in map.strings("audiences") {
            if let audience = Audience(text) {
                if case .partner(let id) = audience, !reference(id, node: node, among: known.partners, what: "partner") { continue }
                audiences.append(audience)
            } else {
                reader.report(
                    node, LocalizedText(fr: "public cible inconnu « \(text) »", en: "unknown audience '\(text)'"),
                    hint: Suggestion.didYouMean(text, among: ["public", "partners", "coordinators", "partner:ID"]))
            }
        }
        if !map.has("audiences") { audiences = [.partners] }

        var alarmDays: Int? = kind == .deadline ? 7 : nil
        if map.has("alarm") { alarmDays = map.int("alarm", range: 0...90) }

        let repetition = map.mapping("repeat", keys: ["every", "interval", "count", "until", "except"]).flatMap(readRepetition)
        let scheduling = map.mapping("schedule", keys: PlanLoader.schedulingKeys).flatMap(readScheduling)

        guard let id, let title, let timing, checkYears(timing, repetition: repetition, map: map) else { return nil }
        let outcomes = readOutcomes(map, kind: kind, timing: timing, repetition: repetition, horizon: horizon)
        let history = readHistory(map, hosts: hostIDs, first: timing.firstDate)
        return Activity(
            id: id, kind: kind, title: title, description: map.localized("description"), timing: timing,
            zoneFollowsHost: !map.has("timezone"),
            mode: map.choice("mode", as: Activity.Mode.self) ?? .inPerson, hostIDs: hostIDs,
            participantIDs: references(map, "participants", among: known.partners, what: "partner"),
            travellerIDs: references(map, "travellers", among: known.people, what: "person"),
            attendeeIDs: references(map, "attendees", among: known.people, what: "person"),
            delegationSize: map.int("delegation", range: 1...10_000), originID: originID, travelDays: travelDays,
            place: map.string("place"), domainIDs: references(map, "domains", among: known.domains, what: "domain"),
            tieID: references(map, "agreement", among: known.ties, what: "tie").first,
            audiences: audiences, confidential: map.bool("confidential") ?? false,
            provisional: map.bool("provisional") ?? false, alarmDaysBefore: alarmDays, url: map.string("url"),
            repetition: repetition, history: history, scheduling: scheduling, stay: map.bool("stay"), outcomes: outcomes,
            bodyID: references(map, "body", among: known.bodies, what: "body").first,
            projectIDs: references(map, "projects", among: known.projects, what: "project"), location: map.location,
            timingLocation: ["date", "dates", "start"].first(where: map.has).map(map.location(of:)))
    }

    /// `history: [{date: 2008-10-08, host: quebec, place: Québec}, …]`: earlier editions of an
    /// alternating series, each hosted by one of its `hosts`, before its first occurrence.
    private func readHistory(_ map: MappingReader, hosts: [String], first: CivilDate) -> [Edition] {
        guard let node = map.node("history") else { return [] }
        if hosts.count < 2 {
            reader.report(
                at: map.location(of: "history"),
                LocalizedText(
                    fr: "« history » sert aux séries qui alternent entre plusieurs hôtes",
                    en: "'history' is for series that alternate between several hosts"),
                hint: LocalizedText(
                    fr: "donnez les hôtes en alternance avec « hosts: [quebec, namur] »",
                    en: "give the alternating hosts with 'hosts: [quebec, namur]'"))
        }
        var editions: [Edition] = []
        for item in reader.sequence(node, context: "history") {
            guard let entry = reader.mapping(item, context: "history", keys: ["date", "host", "place"]),
                let date = entry.date("date", required: true),
                let host = entry.string("host", required: true)
            else { continue }
            guard hosts.contains(host) else {
                reader.report(
                    at: entry.location(of: "host"),
                    LocalizedText(fr: "« \(host) » n'est pas un des hôtes de la série", en: "'\(host)' is not one of the series' hosts"),
                    hint: Suggestion.didYouMean(host, among: hosts))
                continue
            }
            guard date < first else {
                reader.report(
                    at: entry.location(of: "date"),
                    LocalizedText(
                        fr: "l'édition du \(date) n'est pas antérieure à la première occurrence (\(first))",
                        en: "the edition of \(date) is not before the first occurrence (\(first))"),
                    hint: LocalizedText(
                        fr: "l'historique ne garde que les éditions passées ; les suivantes sont les occurrences",
                        en: "the history holds only earlier editions; later ones are the occurrences"))
                continue
            }
            editions.append(Edition(date: date, host: host, place: entry.string("place")))
        }
        return editions.sorted { $0.date < $1.date }
    }

    private func readTiming(_ map: MappingReader, defaultZone: String?) -> Timing? {
        let forms = ["date", "dates", "start"].filter(map.has)
        guard forms.count == 1 else {
            reader.report(
                map.node,
                forms.isEmpty
                    ? LocalizedText(fr: "l'événement n'a pas de date", en: "the event has no date")
                    : LocalizedText(
                        fr: "l'événement a plusieurs dates (\(forms.joined(separator: ", ")))",
                        en: "the event has several dates (\(forms.joined(separator: ", ")))"),
                hint: LocalizedText(
                    fr: "donnez soit « date: », soit « dates: {from, to} », soit « start: » avec « end: » ou « duration: »",
                    en: "give either 'date:', or 'dates: {from, to}', or 'start:' with 'end:' or 'duration:'"))
            return nil
        }
        if let date = map.date("date") { return .allDay(DateRange(first: date, last: date)) }
        if let dates = map.mapping("dates", keys: ["from", "to"]) {
            return readRange(dates, context: "dates").map(Timing.allDay)
        }
        guard let start = map.dateTime("start") else { return nil }
        var zone = defaultZone
        if let node = map.node("timezone") {
            guard let known = reader.timeZone(node, context: "timezone") else { return nil }
            zone = known
        }
        guard let zone else {
            reader.report(
                at: map.location(of: "start"),
                LocalizedText(fr: "l'heure de début n'a pas de fuseau horaire", en: "the start time has no time zone"),
                hint: LocalizedText(
                    fr: "ajoutez « timezone: Europe/Brussels » ou un hôte « host: »",
                    en: "add 'timezone: Europe/Brussels' or a 'host:'"))
            return nil
        }
        let end: CivilDateTime?
        if map.has("end") {
            end = map.dateTime("end")
        } else if let node = map.node("duration") {
            guard let text = reader.string(node, context: "duration") else { return nil }
            guard let seconds = Self.durationSeconds(text), seconds > 0 else {
                reader.report(
                    node, LocalizedText(fr: "durée invalide « \(text) »", en: "invalid duration '\(text)'"),
                    hint: LocalizedText(
                        fr: "écrivez par exemple 2h, 90min ou 1h30 (au plus un an)",
                        en: "write for example 2h, 90min or 1h30 (a year at most)"))
                return nil
            }
            end = start.adding(seconds: Int64(seconds))
        } else {
            end = start.adding(seconds: 3600)
        }
        guard let end else { return nil }
        guard end > start else {
            reader.report(
                at: map.location(of: map.has("end") ? "end" : "start"),
                LocalizedText(
                    fr: "la fin (\(end)) n'est pas après le début (\(start))",
                    en: "the end (\(end)) is not after the start (\(start))"),
                hint: LocalizedText(fr: "corrigez « end » ou utilisez « duration: »", en: "fix 'end' or use 'duration:'"))
            return nil
        }
        return .timed(start: start, end: end, zone: zone)
    }

    /// An event, and the last occurrence of its series, within `PlanLimits.horizonYears`: a
    /// typo such as 4048-06-11 would otherwise make the planner compute the holidays of twenty
    /// centuries.
    private func checkYears(_ timing: Timing, repetition: Repetition?, map: MappingReader) -> Bool {
        let years = PlanLimits.horizonYears
        let key = ["date", "dates", "start"].first(where: map.has) ?? "id"
        guard years.contains(timing.firstDate.year), years.contains(timing.lastDate.year) else {
            reader.report(
                at: map.location(of: key),
                LocalizedText(
                    fr: "l'événement doit avoir lieu entre \(years.lowerBound) et \(years.upperBound), pas en \(timing.firstDate.year)",
                    en: "the event must take place within \(years.lowerBound)–\(years.upperBound), not in \(timing.firstDate.year)"),
                hint: LocalizedText(fr: "vérifiez l'année", en: "check the year"))
            return false
        }
        guard let repetition, let count = repetition.count, repetition.until == nil else { return true }
        let days = [Repetition.Unit.year: 366, .month: 31, .week: 7][repetition.unit] ?? 366
        let last = timing.firstDate.adding(days: (count - 1) * repetition.interval * days)
        guard last.year <= years.upperBound else {
            reader.report(
                at: map.location(of: "repeat"),
                LocalizedText(
                    fr:
                        "la série se poursuit au-delà de \(years.upperBound) (every: \(repetition.unit.rawValue), interval: \(repetition.interval), count: \(count))",
                    en:
                        "the series runs past \(years.upperBound) (every: \(repetition.unit.rawValue), interval: \(repetition.interval), count: \(count))"
                ),
                hint: LocalizedText(fr: "réduisez « count » ou « interval »", en: "lower 'count' or 'interval'"))
            return false
        }
        return true
    }

    private func readRepetition(_ map: MappingReader) -> Repetition? {
        guard let unit = map.choice("every", as: Repetition.Unit.self, required: true) else { return nil }
        let interval = map.int("interval", range: 1...100) ?? 1
        let count = map.int("count", range: 1...PlanLimits.maximumOccurrences)
        let until = map.date("until")
        if count != nil, until != nil {
            reader.report(
                map.node, LocalizedText(fr: "« count » et « until » ne vont pas ensemble", en: "'count' and 'until' cannot be combined"),
                hint: LocalizedText(fr: "gardez l'un des deux", en: "keep one of them"))
            return nil
        }
        var exceptions: [CivilDate] = []
        for item in map.list("except") {
            if let date = reader.date(item, context: "except") { exceptions.append(date) }
        }
        return Repetition(unit: unit, interval: interval, count: count, until: until, exceptions: exceptions)
    }

    /// Longest `duration:` accepted: a year.
    static let maximumDurationSeconds = 366 * 86_400

    /// Seconds in `2h`, `90min`, `1h30`, `45m` or an ISO 8601 `PT1H30M`; nil past a year.
    static func durationSeconds(_ text: String) -> Int? {
        var rest = Substring(text.lowercased().replacingOccurrences(of: " ", with: ""))
        if rest.hasPrefix("pt") { rest = rest.dropFirst(2) }
        var total = 0
        var sawUnit = false
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            // At most a year: no multiplication below can overflow.
            guard digits.count <= 8, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix(while: \.isLetter)
            rest = rest.dropFirst(unit.count)
            switch unit {
            case "h": total += value * 3600
            case "m", "min": total += value * 60
            case "s": total += value
            case "" where sawUnit: total += value * 60
            default: return nil
            }
            sawUnit = true
            if total > Self.maximumDurationSeconds { return nil }
        }
        return sawUnit ? total : nil
    }
}
