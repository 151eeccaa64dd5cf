import Bilingual
import CivilTime
import PlaceCalendars
import PlanModel
import YAMLReading

extension ProblemBuilder {
    /// A constraint and the days (or start dates) it forbids.
    typealias DayRule = (constraint: Int, forbids: @Sendable (CivilDate) -> Bool)

    /// The hard rules that bind one event by itself, whether its dates are open or fixed.
    struct UnaryRules {
        /// Tests of the start date: weekdays, lead time, working hours, a stay's arrival and
        /// departure days, the festivity it must meet.
        var startRules: [DayRule] = []
        /// Tests of each day of the event. A rule of a traveller's home is widened by that
        /// traveller's travel days, so that testing the event's days tests the journey too.
        var dayRules: [DayRule] = []
    }

    /// The days of the week a one-day meeting keeps to when the plan does not say.
    static let workingWeek: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// Adds the constraints of one event and returns their tests. `rules` is nil for an event
    /// whose dates the plan fixes: it is bound by what binds every event (holidays, blackouts,
    /// busy calendars, working hours), and a one-day meeting or committee by the working week;
    /// an open event adds what its `schedule:` says. `at` gives the location of a `schedule:` key.
    mutating func unaryRules(
        for event: ScheduledEvent, plan: Plan, rules: SchedulingRules?, length: Int,
        at: (String) -> SourceLocation
    ) -> UnaryRules {
        var result = UnaryRules()
        let id = event.id
        let activity = event.activity
        let host = event.hostID.flatMap(plan.partner)
        let travellers = event.travellerIDs
        let calendars = self.calendars
        let travel = { (personID: String) in
            event.travelDays(from: plan.person(personID).flatMap { plan.partner($0.partnerID) }, to: host)
        }
        let journey = { (days: Int) in
            days > 0 ? LocalizedText(fr: " (jours de voyage compris)", en: " (travel days included)") : LocalizedText("")
        }

        // Start days; every day.
        let meeting = length <= 1 && (rules != nil ? activity.kind != .mission : [.meeting, .committee].contains(activity.kind))
        if let weekdays = rules?.weekdays ?? (meeting ? Self.workingWeek : nil) {
            let constraint = add(
                "\(id):weekdays", .weekdays, at("weekdays"),
                LocalizedText(
                    fr: "commence un de ces jours : \(Self.names(weekdays, in: .fr))",
                    en: "starts on one of: \(Self.names(weekdays, in: .en))"), event: event)
            result.startRules.append((constraint, { !weekdays.contains($0.weekday) }))
        }
        if let days = rules?.days {
            let constraint = add(
                "\(id):days", .days, at("days"),
                LocalizedText(
                    fr: "chaque jour est un de ces jours : \(Self.names(days, in: .fr))",
                    en: "every day is one of: \(Self.names(days, in: .en))"), event: event)
            result.dayRules.append((constraint, { !days.contains($0.weekday) }))
        }

        // Holidays: of the host, or of everyone concerned. A stay may contain some: then they bind
        // only its arrival and departure days. The days of the festivity the event is meant to
        // attend never exclude it, whatever other holiday falls on them (the Walloon day inside
        // the Fêtes de Wallonie).
        let inPerson = event.mode != .virtual
        let scope = rules?.holidays ?? (inPerson ? .host : .everyone)
        var holidayPartners: [Partner] = []
        if scope != .none, let host { holidayPartners.append(host) }
        if scope == .everyone {
            let others =
                (event.participantIDs + [event.originID].compactMap { $0 }).compactMap(plan.partner)
                + travellers.compactMap { plan.person($0) }.compactMap { plan.partner($0.partnerID) }
            for partner in others where !holidayPartners.contains(where: { $0.id == partner.id }) { holidayPartners.append(partner) }
        }
        let companion: String? = { if case .holiday(let name)? = rules?.alongside?.companion { return name } else { return nil } }()
        let hostCodes = host?.calendarKeys ?? []
        let festival: @Sendable (CivilDate) -> Bool = { day in
            guard let companion else { return false }
            return hostCodes.contains { calendars.holidays(in: $0, on: day).contains { $0.id == companion } }
        }
        let stay = length > 1 && activity.isStay
        for partner in holidayPartners where !partner.holidayJurisdictions.isEmpty {
            let codes = partner.holidayJurisdictions
            let keys = partner.calendarKeys
            let list = codes.joined(separator: ", ")
            let message =
                stay
                ? LocalizedText(
                    fr: "séjour : ni arrivée ni départ pendant les jours fériés de \(partner.name.fr) (\(list))",
                    en: "stay: neither arrival nor departure on the holidays of \(partner.name.en) (\(list))")
                : LocalizedText(
                    fr: "pas pendant les jours fériés de \(partner.name.fr) (\(list))",
                    en: "not on the holidays of \(partner.name.en) (\(list))")
            let closing = { (day: CivilDate) -> [PlaceCalendarIndex.DayEntry] in
                festival(day) ? [] : keys.flatMap { calendars.holidays(in: $0, on: day) }.filter { $0.id != companion }
            }
            // Written dates: name the holidays they meet, so that the warning says which.
            let met =
                rules != nil
                ? []
                : (stay ? [event.timing.firstDate, event.timing.lastDate] : Array(event.timing.days.days))
                    .flatMap { day in closing(day).map { (entry: $0, day: day) } }
            var named: [(entry: PlaceCalendarIndex.DayEntry, day: CivilDate)] = []
            for hit in met where !named.contains(where: { $0.entry.id == hit.entry.id }) { named.append(hit) }
            let detail =
                named.isEmpty
                ? LocalizedText("")
                : LocalizedText(
                    fr: " : " + named.map { "\($0.entry.name.fr) (\(FrenchDate.long($0.day)))" }.joined(separator: ", "),
                    en: ": " + named.map { "\($0.entry.name.en) (\(EnglishDate.long($0.day)))" }.joined(separator: ", "))
            let constraint = add("\(id):holidays(\(partner.id))", .holiday, at("holidays"), message.appending(detail), event: event)
            let closed: @Sendable (CivilDate) -> Bool = { day in
                !festival(day) && keys.contains { key in calendars.holidays(in: key, on: day).contains { $0.id != companion } }
            }
            if stay {
                result.startRules.append((constraint, { closed($0) || closed($0.adding(days: length - 1)) }))
            } else {
                result.dayRules.append((constraint, closed))
            }
        }

        // Jurisdiction blackouts: collective vacations where the event happens; collective
        // vacations and, for elected travellers, elections where its travellers live, on their
        // travel days too; other kinds when the plan asks.
        var sources: [(code: String, kinds: Set<BlackoutKind>, travel: Int)] = []
        let asked = Set((rules?.avoid ?? []).compactMap(BlackoutKind.init(rawValue:)))
        if let host, inPerson {
            for code in host.jurisdictionCodes { sources.append((code, Set<BlackoutKind>([.collectiveVacation]).union(asked), 0)) }
        }
        for personID in travellers {
            guard let person = plan.person(personID), let home = plan.partner(person.partnerID) else { continue }
            var kinds: Set<BlackoutKind> = inPerson ? [.collectiveVacation] : []
            if person.elected && inPerson { kinds.insert(.election) }
            for code in home.jurisdictionCodes { sources.append((code, kinds.union(asked), travel(personID))) }
        }
        var blackouts: [(entry: PlaceCalendarIndex.DayEntry, travel: Int)] = []
        for (code, kinds, days) in sources {
            for (kind, entry) in calendars.blackouts[code] ?? [] where kinds.contains(kind) {
                if let known = blackouts.firstIndex(where: { $0.entry.id == entry.id }) {
                    blackouts[known].travel = max(blackouts[known].travel, days)
                } else {
                    blackouts.append((entry, days))
                }
            }
        }
        for (entry, days) in blackouts {
            let constraint = add(
                "\(id):blackout(\(entry.id))", .blackout, at("avoid"),
                LocalizedText(
                    fr: "pas pendant « \(entry.name.fr) » (\(entry.first) – \(entry.last))",
                    en: "not during '\(entry.name.en)' (\(entry.first) – \(entry.last))"
                )
                .appending(journey(days)), event: event)
            let first = entry.first.adding(days: -days), last = entry.last.adding(days: days)
            result.dayRules.append((constraint, { $0 >= first && $0 <= last }))
        }
        for blackout in plan.blackouts where blackout.applies(toPartners: event.involvedPartnerIDs, people: travellers) {
            let bound = travellers.filter { personID in
                (blackout.partnerIDs.isEmpty && blackout.personIDs.isEmpty) || blackout.personIDs.contains(personID)
                    || plan.person(personID).map { blackout.partnerIDs.contains($0.partnerID) } == true
            }
            let days = bound.map(travel).max() ?? 0
            let range = blackout.days
            let constraint = add(
                "\(id):blackout(\(blackout.id))", .blackout, blackout.location,
                LocalizedText(
                    fr: "pas pendant « \(blackout.title.fr) » (\(range.first) – \(range.last))",
                    en: "not during '\(blackout.title.en)' (\(range.first) – \(range.last))"
                )
                .appending(journey(days)), event: event)
            let first = range.first.adding(days: -days), last = range.last.adding(days: days)
            result.dayRules.append((constraint, { $0 >= first && $0 <= last }))
        }
        for personID in travellers {
            guard let entries = busy[personID], !entries.isEmpty, let person = plan.person(personID) else { continue }
            let zone = ZoneRules(identifier: plan.partner(person.partnerID)?.timeZone ?? "UTC") ?? .utc
            let days = travel(personID)
            let busyDays = Set(
                entries.flatMap { entry -> [Int] in
                    let range = entry.dates(in: zone)
                    return Array((range.lowerBound.daysSinceEpoch - days)...(range.upperBound.daysSinceEpoch + days))
                })
            let constraint = add(
                "\(id):busy(\(personID))", .busy, person.location,
                LocalizedText(fr: "\(person.name) est disponible (agenda importé)", en: "\(person.name) is available (imported calendar)")
                    .appending(journey(days)), event: event)
            result.dayRules.append((constraint, { busyDays.contains($0.daysSinceEpoch) }))
        }

        if let lead = rules?.leadTimeDays {
            let earliest = plan.revision.utc.date.adding(days: lead)
            let constraint = add(
                "\(id):lead-time", .leadTime, at("leadTime"),
                LocalizedText(
                    fr: "au plus tôt \(lead) jours après la révision du plan (\(earliest))",
                    en: "at least \(lead) days after the plan's revision (\(earliest))"), event: event)
            result.startRules.append((constraint, { $0 < earliest }))
        }
        if case .timed(let start, let end, let zone) = event.timing, event.mode != .inPerson {
            let zones = ([host] + event.involvedPartnerIDs.map(plan.partner)).compactMap { $0?.timeZone }
            let unique = Array(Set(zones)).sorted().compactMap(ZoneRules.init(identifier:))
            if let eventZone = ZoneRules(identifier: zone), unique.count > 1 {
                let constraint = add(
                    "\(id):working-hours", .workingHours, event.location,
                    LocalizedText(fr: "entre 9 h et 17 h pour chaque participant", en: "between 09:00 and 17:00 for every participant"),
                    event: event)
                let duration = end.secondsSinceEpochAsUTC - start.secondsSinceEpochAsUTC
                let time = start.time
                result.startRules.append(
                    (
                        constraint,
                        { day in
                            let begin = eventZone.instant(of: CivilDateTime(date: day, time: time))
                            let finish = Instant(secondsSinceEpoch: begin.secondsSinceEpoch + duration)
                            return unique.contains { zone in
                                let localStart = zone.localTime(at: begin), localEnd = zone.localTime(at: finish)
                                return localStart.time.hour < 9 || localEnd.date != localStart.date
                                    || localEnd.time.secondsSinceMidnight > 17 * 3600
                            }
                        }
                    ))
            }
        }
        if let companion, let host, let alongside = rules?.alongside {
            let constraint = add(
                "\(id):alongside(\(companion))", .alongside, alongside.location,
                LocalizedText(fr: "pendant « \(companion) » à \(host.name.fr)", en: "during '\(companion)' in \(host.name.en)"),
                event: event)
            result.startRules.append((constraint, { start in !(0..<length).contains { festival(start.adding(days: $0)) } }))
        }
        return result
    }

    /// Weekday names joined for a message.
    static func names(_ weekdays: [Weekday], in language: Language) -> String {
        weekdays.map { language == .fr ? FrenchDate.weekdays[$0.rawValue - 1] : EnglishDate.weekdays[$0.rawValue - 1] }
            .joined(separator: ", ")
    }
}
