import Bilingual
import CivilTime
import PlanModel
import Scheduling
import WorkspaceStore

/// Someone a coordinator may ask: the event's travellers and attendees (the plan's people, in
/// their partner's zone and language), the coordinating office of each partner involved, or a
/// name added by hand.
package struct PollInvitee: Sendable, Hashable {
    /// The form's value for this person: `person:ID` or `office:PARTNER`.
    package var key: String
    package var name: String
    package var personID: String?
    package var email: String?
    package var zone: String
    package var language: Language
    package var kind: PollRespondentKind

    package init(
        key: String, name: String, personID: String? = nil, email: String? = nil, zone: String, language: Language,
        kind: PollRespondentKind
    ) {
        self.key = key
        self.name = name
        self.personID = personID
        self.email = email
        self.zone = zone
        self.language = language
        self.kind = kind
    }

    /// Travellers first, then attendees, then the offices, each once, in the plan's order.
    package static func candidates(for event: ScheduledEvent, in plan: Plan) -> [PollInvitee] {
        var seen = Set<String>()
        var invitees: [PollInvitee] = []
        func partner(_ id: String) -> Partner? { plan.partners.first { $0.id == id } }
        for (ids, kind) in [(event.travellerIDs, PollRespondentKind.traveller), (event.activity.attendeeIDs, .attendee)] {
            for id in ids where seen.insert("person:" + id).inserted {
                guard let person = plan.people.first(where: { $0.id == id }), let home = partner(person.partnerID) else { continue }
                invitees.append(
                    PollInvitee(
                        key: "person:" + id, name: person.name, personID: id, email: person.email, zone: home.timeZone,
                        language: home.language, kind: kind))
            }
        }
        for id in event.involvedPartnerIDs where seen.insert("office:" + id).inserted {
            guard let partner = partner(id), let office = partner.office else { continue }
            invitees.append(
                PollInvitee(
                    key: "office:" + id, name: "\(office.text(in: partner.language)) (\(partner.name.text(in: partner.language)))",
                    zone: partner.timeZone, language: partner.language, kind: .coordinator))
        }
        return invitees
    }
}
