import Bilingual
import CivilTime
import FeedModel
import ICalendar
import PlanModel
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
        event.status = status(of: scheduled)
        event.classification = classification(of: scheduled)
        event.transparency =
            scheduled.kind == .deadline || scheduled.origin != .activity || event.status == .cancelled
            ? .transparent : .opaque
        event.url = scheduled.url
        if event.status == .cancelled {
            event.summary = text("ANNULÉ – ", "CANCELLED – ") + event.summary
        } else if let days = scheduled.alarmDaysBefore {
            event.alarms = [.init(minutesBefore: days * 1440, description: scheduled.title.text(in: language))]
        }
        return event
    }

    /// CANCELLED when recorded so; CONFIRMED once held, met or missed; else TENTATIVE while provisional.
    private func status(of event: ScheduledEvent) -> Event.Status {
        switch event.outcome {
        case .cancelled?: return .cancelled
        case .held?, .met?, .missed?: return .confirmed
        case .postponed?, nil: return event.provisional ? .tentative : .confirmed
        }
    }

    /// « Réalisée. », « Reportée du 10 juin 2025 au 17 juin 2025. », « Annulée : raison. »
    private func outcomeLine(of event: ScheduledEvent) -> String? {
        func date(_ day: CivilDate) -> String { language == .fr ? FrenchDate.long(day) : EnglishDate.long(day) }
        func reason(_ reason: LocalizedText?) -> String {
            reason.map { text(" Raison : ", " Reason: ") + $0.text(in: language).trimmedPeriod + "." } ?? ""
        }
        switch event.outcome {
        case nil: return nil
        case .held?:
            guard let written = event.writtenDate else { return text("Réalisée.", "Held.") }
            return text(
                "Réalisée le \(date(event.timing.firstDate)) (prévue le \(date(written))).",
                "Held on \(date(event.timing.firstDate)) (planned for \(date(written))).")
        case .cancelled(let why)?:
            return why.map { text("Annulée : ", "Cancelled: ") + $0.text(in: language).trimmedPeriod + "." }?.frenchColon(language)
                ?? text("Annulée.", "Cancelled.")
        case .postponed(_, let why)?:
            let written = event.writtenDate ?? event.timing.firstDate
            return
                (text(
                    "Reportée du \(date(written)) au \(date(event.timing.firstDate)).",
                    "Postponed from \(date(written)) to \(date(event.timing.firstDate)).") + reason(why)).frenchColon(language)
        case .met?: return text("Échéance respectée.", "Deadline met.")
        case .missed?: return text("Échéance manquée.", "Deadline missed.")
        }
    }

    /// The follow-up offices of the partners the event concerns: « Bureau des relations
    /// internationales (Ville de Québec) ; Commissariat aux Relations Internationales (Ville de Namur) ».
    private func offices(of event: ScheduledEvent) -> String? {
        let offices = event.involvedPartnerIDs.compactMap(plan.partner).compactMap { partner in
            partner.office.map { "\($0.text(in: language)) (\(partner.name.text(in: language)))" }
        }
        return offices.isEmpty ? nil : offices.joined(separator: " ; ")
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
        if let outcome = outcomeLine(of: event) { lines.append(outcome) }
        if event.provisional, status(of: event) == .tentative {
            lines.append(text("Dates provisoires, à confirmer.", "Provisional dates, to be confirmed."))
        }
        if let host = event.hostID.flatMap(plan.partner) {
            let label = event.kind == .mission ? text("Destination", "Destination") : text("Hôte", "Host")
            lines.append("\(label) : \(host.name.text(in: language))".frenchColon(language))
        }
        if let origin = event.originID.flatMap(plan.partner) {
            lines.append("\(text("Provenance", "From")) : \(origin.name.text(in: language))".frenchColon(language))
        }
        if let size = event.delegationSize ?? (event.travellerIDs.isEmpty ? nil : event.travellerIDs.count) {
            lines.append(
                text("Délégation de \(size) personne\(size > 1 ? "s" : "")", "Delegation of \(size) \(size > 1 ? "people" : "person")"))
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
            lines.append(
                text(
                    "Voyage : départ le \(FrenchDate.long(departure)), retour le \(FrenchDate.long(back))",
                    "Travel: leave on \(EnglishDate.long(departure)), back on \(EnglishDate.long(back))"))
        }
        if let series = event.series, !series.singleRule {
            lines.append(text("Rencontre \(series.index) sur \(series.count)", "Meeting \(series.index) of \(series.count)"))
        }
        if let body = event.bodyID.flatMap(plan.body), body.name != event.title {
            lines.append("\(text("Instance", "Body")) : \(body.name.text(in: language))".frenchColon(language))
        }
        if event.origin == .activity, let title = event.tieID.flatMap(plan.tie)?.title {
            lines.append(title.text(in: language))
        }
        if !audience.isPublic, let offices = offices(of: event) {
            lines.append("\(text("Suivi", "Follow-up")) : \(offices)".frenchColon(language))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
