import Foundation

/// Whether a poll still takes answers (until it expires) or was closed by a coordinator.
package enum PollState: String, Sendable, Hashable, Codable {
    case open, closed
}

/// One answer for one day.
package enum PollChoice: String, Sendable, Hashable, Codable, CaseIterable {
    case yes
    case ifNeedBe = "if-need-be"
    case no
}

/// Who a respondent is to the event: a traveller must be there (their "no" rules the day out for
/// them); the others are asked for their convenience.
package enum PollRespondentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case traveller, attendee, coordinator, guest
}

/// One day a poll offers, with the solver's cost for the event on that day when it was proposed.
package struct PollDay: Sendable, Hashable, Codable {
    /// YYYY-MM-DD: the event's first day.
    package var date: String
    package var cost: Int

    package init(date: String, cost: Int) {
        self.date = date
        self.cost = cost
    }
}

extension PollDay {
    /// How the stores keep a poll's days: a JSON array of `{date, cost}`.
    package static func json(_ days: [PollDay]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(days)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// nil when the text is not such an array.
    package static func days(json: String) -> [PollDay]? {
        try? JSONDecoder().decode([PollDay].self, from: Data(json.utf8))
    }
}

/// A poll as it is created: about one event of one plan.
package struct NewPoll: Sendable, Hashable {
    package var planID: String
    package var eventID: String
    /// The event's title when the poll was created, the only thing of the plan respondents see.
    package var titleFR: String
    package var titleEN: String
    /// How the event's slot is shown (opaque JSON of the poll module: timed or all-day, zone).
    package var slot: String
    package var days: [PollDay]
    package var createdBy: Int64?
    package var createdByName: String
    package var createdAt: Date
    /// Answers are refused, and links answer "unknown or expired", from this moment on.
    package var expiresAt: Date

    package init(
        planID: String, eventID: String, titleFR: String, titleEN: String, slot: String, days: [PollDay], createdBy: Int64?,
        createdByName: String, createdAt: Date, expiresAt: Date
    ) {
        self.planID = planID
        self.eventID = eventID
        self.titleFR = titleFR
        self.titleEN = titleEN
        self.slot = slot
        self.days = days
        self.createdBy = createdBy
        self.createdByName = createdByName
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// A stored poll.
package struct Poll: Sendable, Hashable {
    package var id: Int64
    package var details: NewPoll
    package var state: PollState
    package var closedAt: Date?
    /// The day the coordinator confirmed when closing (YYYY-MM-DD).
    package var confirmedDate: String?

    package init(id: Int64, details: NewPoll, state: PollState, closedAt: Date?, confirmedDate: String?) {
        self.id = id
        self.details = details
        self.state = state
        self.closedAt = closedAt
        self.confirmedDate = confirmedDate
    }

    /// Open and not expired at `now`: answers are taken.
    package func takesAnswers(at now: Date) -> Bool { state == .open && details.expiresAt > now }
}

/// A person asked, as the coordinator chose them.
package struct NewPollRespondent: Sendable, Hashable {
    package var name: String
    /// The plan's person id, when the respondent is one of the plan's people.
    package var personID: String?
    package var email: String?
    /// IANA zone the days are shown in.
    package var zone: String
    /// `fr` or `en`.
    package var language: String
    package var kind: PollRespondentKind
    /// SHA-256 (hex) of the personal link's token: the token itself is never stored.
    package var tokenHash: String

    package init(
        name: String, personID: String?, email: String?, zone: String, language: String, kind: PollRespondentKind, tokenHash: String
    ) {
        self.name = name
        self.personID = personID
        self.email = email
        self.zone = zone
        self.language = language
        self.kind = kind
        self.tokenHash = tokenHash
    }
}

package struct PollRespondent: Sendable, Hashable {
    package var id: Int64
    package var pollID: Int64
    package var details: NewPollRespondent

    package init(id: Int64, pollID: Int64, details: NewPollRespondent) {
        self.id = id
        self.pollID = pollID
        self.details = details
    }
}

package struct PollAnswer: Sendable, Hashable {
    package var respondentID: Int64
    /// YYYY-MM-DD, one of the poll's days.
    package var date: String
    package var choice: PollChoice
    package var at: Date

    package init(respondentID: Int64, date: String, choice: PollChoice, at: Date) {
        self.respondentID = respondentID
        self.date = date
        self.choice = choice
        self.at = at
    }
}

/// Why the store refused a poll write.
package enum PollStoreError: Error, Sendable, Hashable {
    case unknownPoll(Int64)
    case unknownRespondent(Int64)
    /// The poll was closed or has expired: answers and closing are refused.
    case pollNotOpen(Int64)
    /// A day the poll does not offer.
    case unknownDay(String)
}
