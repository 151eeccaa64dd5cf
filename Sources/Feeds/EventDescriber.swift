import Bilingual
import FeedModel
import ICalendar
import PlanFormat
import Scheduling

/// Words and properties of one feed's events, in the feed's language, with nothing personal in
/// a public feed.
struct EventDescriber {
    let plan: Plan
    let language: Language
    let audience: FeedAudience

    private func text(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func feedName() -> String {
        let title = plan.title.text(in: language)
        switch audience {
        case .public, .holidays, .mobility: return title
        case .coordinators: return "\(title) — \(text("coordination", "coordinators"))"
        case .partner(let id): return "\(title) — \(plan.partner(id)?.name.text(in: language) ?? id)"
        }
    }

    func feedDescription() -> String {
        let readers: String
        switch audience {
        case .public, .holidays, .mobility: readers = text("Calendrier public", "Public calendar")
        case .coordinators: readers = text("Calendrier interne des coordonnateurs", "Internal calendar of the coordinators")
        case .partner(let id):
            readers = text("Calendrier interne de", "Internal calendar of") + " " + (plan.partner(id)?.name.text(in: language) ?? id)
        }
        return "\(readers) : \(plan.title.text(in: language)). \(text("Publié par Jumelage.", "Published by Jumelage."))"
            .frenchColon(language)
    }

    static func startTime(of timing: Timing) -> EventTime {
        switch timing {
        case .timed(let start, _, let zone): return .zoned(start, zone: zone)
        case .allDay(let range): return .date(range.first)
        }
    }

    static func endTime(of timing: Timing) -> EventTime {
        switch timing {
        case .timed(_, let end, let zone): return .zoned(end, zone: zone)
        case .allDay(let range): return .date(range.last.adding(days: 1))
        }
    }

    func event(for scheduled: ScheduledEvent) -> Event {
        let host = scheduled.hostID.flatMap(plan.partner)
        var event = Event(
            uid: scheduled.uid, stamp: plan.revision, lastModified: plan.revision,
            start: Self.startTime(of: scheduled.timing), end: Self.endTime(of: scheduled.timing),
            summary: scheduled.title.text(in: language))
        event.description = description(of: scheduled)
        event.location = location(of: scheduled, host: host)
        if scheduled.mode != .virtual, let coordinates = host?.coordinates {
            event.geo = .init(latitude: coordinates.latitude, longitude: coordinates.longitude)
        }
        event.categories = scheduled.domainIDs.compactMap { plan.domain($0)?.name.text(in: language) }
        event.status = scheduled.provisional ? .tentative : .confirmed
        event.classification = classification(of: scheduled)
        event.transparency = scheduled.kind == .deadline || scheduled.origin != .activity ? .transparent : .opaque
        event.url = scheduled.url
        if let days = scheduled.alarmDaysBefore {
            event.alarms = [.init(minutesBefore: days * 1440, description: scheduled.title.text(in: language))]
        }
        return event
    }

    private func classification(of event: ScheduledEvent) -> Event.Classification {
        if audience.isPublic { return .public }
        if event.confidential { return .confidential }
        return event.audiences.contains(.public) ? .public : .private
    }

    private func location(of event: ScheduledEvent, host: Partner?) -> String? {
        if event.mode == .virtual { return text("En ligne", "Online") }
        if let place = event.place { return place }
        return host?.name.text(in: language)
    }

    private func description(of event: ScheduledEvent) -> String? {
        var lines: [String] = []
        if let description = event.description?.text(in: language) { lines.append(description) }
        if event.provisional { lines.append(text("Dates provisoires, à confirmer.", "Provisional dates, to be confirmed.")) }
        if let host = event.hostID.flatMap(plan.partner) {
            let label = event.kind == .mission ? text("Destination", "Destination") : text("Hôte", "Host")
            lines.append("\(label) : \(host.name.text(in: language))".frenchColon(language))
        }
        if let origin = event.originID.flatMap(plan.partner) {
            lines.append("\(text("Provenance", "From")) : \(origin.name.text(in: language))".frenchColon(language))
        }
        if let size = event.delegationSize ?? (event.travellerIDs.isEmpty ? nil : event.travellerIDs.count) {
            lines.append(text("Délégation de \(size) personne\(size > 1 ? "s" : "")", "Delegation of \(size) \(size > 1 ? "people" : "person")"))
        }
        if !audience.isPublic, !event.travellerIDs.isEmpty {
            let names = event.travellerIDs.compactMap(plan.person).map { person in
                [person.name, person.role?.text(in: language)].compactMap { $0 }.joined(separator: ", ")
            }
            lines.append("\(text("Voyageurs", "Travellers")) : \(names.joined(separator: " ; "))".frenchColon(language))
        }
        let travel = event.travelDays(from: event.originID.flatMap(plan.partner), to: event.hostID.flatMap(plan.partner))
        if travel > 0 {
            let departure = event.timing.firstDate.adding(days: -travel)
            let back = event.timing.lastDate.adding(days: travel)
            lines.append(text("Voyage : départ le \(FrenchDate.long(departure)), retour le \(FrenchDate.long(back))",
                              "Travel: leave on \(EnglishDate.long(departure)), back on \(EnglishDate.long(back))"))
        }
        if let series = event.series, !series.singleRule {
            lines.append(text("Rencontre \(series.index) sur \(series.count)", "Meeting \(series.index) of \(series.count)"))
        }
        if event.origin == .activity, let title = event.tieID.flatMap(plan.tie)?.title {
            lines.append(title.text(in: language))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
