import Foundation

/// Date polls of the workspace: a poll about one open event, the people asked (each with the
/// hash of a personal link's token), and their answers. Every method is one transaction. Both
/// stores implement it (`SQLiteWorkspaceStore`, `PostgresWorkspaceStore`).
package protocol PollStore: Sendable {
    /// Creates the poll and its respondents together; returns the poll and the respondents, in
    /// the order given. Two respondents may not share a token hash.
    func createPoll(_ poll: NewPoll, respondents: [NewPollRespondent]) async throws -> (poll: Poll, respondents: [PollRespondent])
    func poll(id: Int64) async throws -> Poll?
    /// The plan's polls (narrowed to one event when `eventID` is given), newest first.
    func polls(planID: String, eventID: String?) async throws -> [Poll]
    /// In the order they were created.
    func respondents(pollID: Int64) async throws -> [PollRespondent]
    /// The respondent whose personal link hashes to `tokenHash`, with their poll.
    func respondent(tokenHash: String) async throws -> (respondent: PollRespondent, poll: Poll)?
    /// Every answer of the poll, by respondent then day.
    func answers(pollID: Int64) async throws -> [PollAnswer]
    /// Replaces the respondent's answers with these (a day left out has no answer). Throws
    /// `pollNotOpen` when the poll is closed or expired at `now`, `unknownDay` for a day it does
    /// not offer, `unknownRespondent`.
    func setAnswers(respondentID: Int64, _ choices: [String: PollChoice], now: Date) async throws
    /// Closes an open poll, recording the confirmed day (one of its days, or nil). Throws
    /// `pollNotOpen` when already closed, `unknownDay`, `unknownPoll`.
    func closePoll(id: Int64, confirmedDate: String?, now: Date) async throws -> Poll
}
