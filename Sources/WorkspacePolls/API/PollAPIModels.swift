import Foundation
import WorkspaceStore

/// The JSON of `/api/v1/plans/{plan}/polls` (docs/openapi.yaml: PollSummary, PollResults).
enum PollAPIModels {
    struct Summary: Codable, Sendable {
        var id: Int64
        var event: String
        var state: String
        var createdAt: Date
        var expiresAt: Date
        var confirmedDate: String?
        var days: [String]
        var respondents: Int
    }

    struct Day: Codable, Sendable {
        var date: String
        var cost: Int
        var yes: Int
        var ifNeedBe: Int
        var no: Int
        var unanswered: Int
        var possible: Bool
        var impossibleFor: [String]
    }

    struct Respondent: Codable, Sendable {
        var name: String
        var kind: String
        var zone: String
        var language: String
        /// By day (YYYY-MM-DD): `yes`, `if-need-be` or `no`; a day without an answer is absent.
        var answers: [String: String]
    }

    struct Results: Codable, Sendable {
        var poll: Summary
        /// Best first.
        var ranking: [Day]
        var respondents: [Respondent]
    }

    static func summary(_ poll: Poll, respondents: Int) -> Summary {
        Summary(
            id: poll.id, event: poll.details.eventID, state: poll.state.rawValue, createdAt: poll.details.createdAt,
            expiresAt: poll.details.expiresAt, confirmedDate: poll.confirmedDate, days: poll.details.days.map(\.date),
            respondents: respondents)
    }
}
