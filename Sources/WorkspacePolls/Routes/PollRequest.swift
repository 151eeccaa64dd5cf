import Bilingual
import CivilTime
import PlanModel
import Scheduling
import WorkspacePages
import WorkspaceStore

/// The new-poll form, read and checked: the days (each still possible for the event), the people
/// asked (the plan's, ticked, and names added by hand), how long the poll stays open.
struct PollRequest {
    /// Rows for names added by hand.
    static let guestRows = 1...3

    var days: [PollDay] = []
    var invitees: [PollInvitee] = []
    var lifetimeDays = PollRoutes.defaultLifetimeDays
    var problems: [LocalizedText] = []

    init(form: FormData, event: ScheduledEvent, plan: Plan, result: PlanningResult, proposals: DateProposals) {
        var seen = Set<String>()
        for text in form.all("day") where seen.insert(text).inserted {
            guard let date = CivilDate(iso: text),
                let cost = DateCheck(planID: event.planID, eventID: event.id, date: date, in: result)?.cost
            else {
                problems.append(
                    LocalizedText(
                        fr: "Le \(text) n'est pas une date possible pour cet événement : choisissez parmi les dates proposées.",
                        en: "\(text) is not a possible date for this event: choose among the proposed dates."))
                continue
            }
            days.append(PollDay(date: date.description, cost: cost))
        }
        days.sort { $0.date < $1.date }
        let least = max(1, min(DateProposals.counts.lowerBound, proposals.proposals.count))
        if problems.isEmpty, !(least...DateProposals.counts.upperBound).contains(days.count) {
            problems.append(
                LocalizedText(
                    fr: "Cochez de \(least) à \(DateProposals.counts.upperBound) dates (\(days.count) cochée(s)).",
                    en: "Tick \(least) to \(DateProposals.counts.upperBound) dates (\(days.count) ticked)."))
        }
        let ticked = Set(form.all("who"))
        invitees = PollInvitee.candidates(for: event, in: plan).filter { ticked.contains($0.key) }
        for row in Self.guestRows {
            guard let name = form["guest-name-\(row)"] else { continue }
            let zone = form["guest-zone-\(row)"] ?? ""
            guard ZoneRules.isKnown(zone) else {
                problems.append(
                    LocalizedText(
                        fr: "« \(name) » : le fuseau « \(zone) » est inconnu ; écrivez un fuseau IANA, par exemple Europe/Brussels.",
                        en: "'\(name)': the time zone '\(zone)' is unknown; write an IANA zone, for example Europe/Brussels."))
                continue
            }
            invitees.append(
                PollInvitee(
                    key: "guest:\(row)", name: name, email: form["guest-email-\(row)"], zone: zone,
                    language: Language(rawValue: form["guest-language-\(row)"] ?? "") ?? plan.language, kind: .guest))
        }
        if invitees.isEmpty {
            problems.append(
                LocalizedText(
                    fr: "Cochez au moins une personne à sonder, ou ajoutez un nom.", en: "Tick at least one person to poll, or add a name.")
            )
        }
        if let text = form["lifetime"] {
            if let value = Int(text), PollRoutes.lifetimeDays.contains(value) {
                lifetimeDays = value
            } else {
                problems.append(
                    LocalizedText(
                        fr: "La durée du sondage va de 1 à 60 jours (reçu « \(text) »).",
                        en: "The poll lasts 1 to 60 days (got '\(text)')."))
            }
        }
    }
}
