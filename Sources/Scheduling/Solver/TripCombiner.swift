import Bilingual
import PlanModel
import YAMLReading

/// Fewer long-haul trips: when one traveller crosses the ocean to the same country twice within
/// a few months, propose one trip for both and count the travel days it saves.
enum TripCombiner {
    /// Trips further apart than this are not worth combining.
    static let maximumGapDays = 60

    static func suggestions(for schedule: Schedule) -> [PlanningResult.Suggestion] {
        struct Trip {
            var event: ScheduledEvent
            var person: String
            var country: String
            var travel: Int
        }
        var trips: [String: [Trip]] = [:]
        for event in schedule.events where event.mode != .virtual {
            let plan = schedule.plan(event.planID)!
            guard let host = event.hostID.flatMap(plan.partner) else { continue }
            for personID in event.travellerIDs {
                guard let person = plan.person(personID), let home = plan.partner(person.partnerID),
                    Continent(country: home.country) != Continent(country: host.country)
                else { continue }
                trips[personID, default: []].append(
                    Trip(
                        event: event, person: personID, country: host.country.uppercased(),
                        travel: max(1, event.travelDays(from: home, to: host))))
            }
        }
        var suggestions: [PlanningResult.Suggestion] = []
        for person in trips.keys.sorted() {
            let sorted = trips[person]!.sorted { $0.event.timing.firstDate < $1.event.timing.firstDate }
            for (first, second) in zip(sorted, sorted.dropFirst()) where first.country == second.country {
                let gap = first.event.timing.lastDate.days(until: second.event.timing.firstDate)
                guard gap > 0, gap <= maximumGapDays else { continue }
                let saved = first.travel + second.travel
                suggestions.append(
                    PlanningResult.Suggestion(
                        kind: .combineTrips, constraint: nil, eventID: second.event.id, date: first.event.timing.lastDate.adding(days: 1),
                        message: LocalizedText(
                            fr:
                                "\(person) traverse l'océan deux fois en \(gap) jours (« \(first.event.title.fr) », puis « \(second.event.title.fr) ») : les réunir en un voyage économise un aller-retour (\(saved) jours de voyage).",
                            en:
                                "\(person) crosses the ocean twice in \(gap) days ('\(first.event.title.en)', then '\(second.event.title.en)'): combining them saves one round trip (\(saved) travel days)."
                        )))
            }
        }
        return suggestions
    }
}
