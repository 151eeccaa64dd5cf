import Foundation
import Testing

@testable import WorkspaceStore

/// Date polls, on SQLite and, when available, on PostgreSQL.
@Suite("Date polls", .timeLimit(.minutes(1)))
struct PollStoreTests {
    static let days = [PollDay(date: "2026-12-07", cost: 1), PollDay(date: "2026-12-08", cost: 0), PollDay(date: "2026-12-09", cost: 1)]

    static func newPoll(event: String = "visio") -> NewPoll {
        NewPoll(
            planID: "plan", eventID: event, titleFR: "Visio", titleEN: "Video call", slot: "{}", days: days, createdBy: 1,
            createdByName: "Admin", createdAt: at(1_000), expiresAt: at(10_000))
    }

    static func respondent(_ name: String, kind: PollRespondentKind = .traveller) -> NewPollRespondent {
        NewPollRespondent(
            name: name, personID: name.lowercased(), email: nil, zone: "Europe/Brussels", language: "en", kind: kind,
            tokenHash: TokenHash.sha256Hex("token-" + name))
    }

    struct Scratch {
        let scratch: ScratchStore
        let store: any PollStore
        let poll: Poll
        let respondents: [PollRespondent]
    }

    static func polls(_ store: any WorkspaceStore) throws -> any PollStore {
        try #require(store as? any PollStore)
    }

    static func scratch(_ kind: StoreKind) async throws -> Scratch {
        let scratch = try await ScratchStore(kind)
        let store = try polls(scratch.store)
        let created = try await store.createPoll(newPoll(), respondents: [respondent("Bruno"), respondent("Alex", kind: .guest)])
        return Scratch(scratch: scratch, store: store, poll: created.poll, respondents: created.respondents)
    }

    @Test(arguments: StoreKind.available)
    func aPollIsReadBackAsWritten(kind: StoreKind) async throws {
        let scratch = try await Self.scratch(kind)
        #expect(scratch.poll.details == Self.newPoll())
        #expect(scratch.poll.state == .open && scratch.poll.confirmedDate == nil && scratch.poll.closedAt == nil)
        #expect(try await scratch.store.poll(id: scratch.poll.id) == scratch.poll)
        #expect(try await scratch.store.respondents(pollID: scratch.poll.id) == scratch.respondents)
        #expect(scratch.respondents.map(\.details) == [Self.respondent("Bruno"), Self.respondent("Alex", kind: .guest)])
        let found = try #require(try await scratch.store.respondent(tokenHash: TokenHash.sha256Hex("token-Alex")))
        #expect(found.respondent == scratch.respondents[1] && found.poll == scratch.poll)
        #expect(try await scratch.store.respondent(tokenHash: TokenHash.sha256Hex("token-Nobody")) == nil)
        // Another store on the same file (another process) sees it too.
        #expect(try await Self.polls(try await scratch.scratch.another()).poll(id: scratch.poll.id) == scratch.poll)
    }

    @Test(arguments: StoreKind.available)
    func aPlansPollsAreListedNewestFirstAndByEvent(kind: StoreKind) async throws {
        let scratch = try await Self.scratch(kind)
        let other = try await scratch.store.createPoll(Self.newPoll(event: "mission"), respondents: [])
        #expect(try await scratch.store.polls(planID: "plan", eventID: nil).map(\.id) == [other.poll.id, scratch.poll.id])
        #expect(try await scratch.store.polls(planID: "plan", eventID: "visio").map(\.id) == [scratch.poll.id])
        #expect(try await scratch.store.polls(planID: "autre", eventID: nil).isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func twoRespondentsMayNotShareAToken(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = try Self.polls(scratch.store)
        await #expect(throws: WorkspaceStoreError.self) {
            _ = try await store.createPoll(Self.newPoll(), respondents: [Self.respondent("Bruno"), Self.respondent("Bruno")])
        }
        // One transaction: the poll did not stay without its respondents.
        #expect(try await store.polls(planID: "plan", eventID: nil).isEmpty)
    }

    struct AnswerCase: Sendable, CustomTestStringConvertible {
        var name: String
        var choices: [String: PollChoice]
        var now: Int
        var closeFirst: Bool
        var error: PollStoreError?
        var testDescription: String { name }
    }

    static let answerCases = [
        AnswerCase(
            name: "answers while open", choices: ["2026-12-07": .no, "2026-12-08": .yes], now: 2_000, closeFirst: false, error: nil),
        AnswerCase(name: "one second before expiry", choices: ["2026-12-09": .ifNeedBe], now: 9_999, closeFirst: false, error: nil),
        AnswerCase(name: "at expiry", choices: ["2026-12-09": .ifNeedBe], now: 10_000, closeFirst: false, error: .pollNotOpen(1)),
        AnswerCase(name: "after closing", choices: ["2026-12-08": .yes], now: 2_000, closeFirst: true, error: .pollNotOpen(1)),
        AnswerCase(
            name: "a day the poll does not offer", choices: ["2026-12-10": .yes], now: 2_000, closeFirst: false,
            error: .unknownDay("2026-12-10")),
    ]

    @Test(arguments: StoreKind.available, answerCases)
    func answersAreTakenOnlyWhileThePollIsOpen(kind: StoreKind, _ example: AnswerCase) async throws {
        let scratch = try await Self.scratch(kind)
        #expect(scratch.poll.id == 1)
        let bruno = scratch.respondents[0].id
        try await scratch.store.setAnswers(respondentID: bruno, ["2026-12-07": .yes], now: at(1_500))
        if example.closeFirst { _ = try await scratch.store.closePoll(id: scratch.poll.id, confirmedDate: nil, now: at(1_800)) }
        if let error = example.error {
            await #expect(throws: error) { try await scratch.store.setAnswers(respondentID: bruno, example.choices, now: at(example.now)) }
            // Nothing changed.
            #expect(try await scratch.store.answers(pollID: scratch.poll.id).map(\.choice) == [.yes])
        } else {
            try await scratch.store.setAnswers(respondentID: bruno, example.choices, now: at(example.now))
            let stored = try await scratch.store.answers(pollID: scratch.poll.id)
            #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0.date, $0.choice) }) == example.choices)
            #expect(stored.allSatisfy { $0.respondentID == bruno && $0.at == at(example.now) })
        }
    }

    @Test(arguments: StoreKind.available)
    func answersOfEveryRespondentComeByRespondentThenDay(kind: StoreKind) async throws {
        let scratch = try await Self.scratch(kind)
        let (bruno, alex) = (scratch.respondents[0].id, scratch.respondents[1].id)
        try await scratch.store.setAnswers(respondentID: alex, ["2026-12-09": .no, "2026-12-07": .yes], now: at(2_000))
        try await scratch.store.setAnswers(respondentID: bruno, ["2026-12-08": .ifNeedBe], now: at(2_100))
        let answers = try await scratch.store.answers(pollID: scratch.poll.id)
        #expect(
            answers.map { "\($0.respondentID) \($0.date) \($0.choice.rawValue)" } == [
                "\(bruno) 2026-12-08 if-need-be", "\(alex) 2026-12-07 yes", "\(alex) 2026-12-09 no",
            ])
        await #expect(throws: PollStoreError.unknownRespondent(999)) {
            try await scratch.store.setAnswers(respondentID: 999, [:], now: at(2_000))
        }
    }

    @Test(arguments: StoreKind.available)
    func closingRecordsTheConfirmedDayOnce(kind: StoreKind) async throws {
        let scratch = try await Self.scratch(kind)
        await #expect(throws: PollStoreError.unknownDay("2026-12-31")) {
            _ = try await scratch.store.closePoll(id: scratch.poll.id, confirmedDate: "2026-12-31", now: at(3_000))
        }
        let closed = try await scratch.store.closePoll(id: scratch.poll.id, confirmedDate: "2026-12-08", now: at(3_000))
        #expect(closed.state == .closed && closed.confirmedDate == "2026-12-08" && closed.closedAt == at(3_000))
        #expect(try await scratch.store.poll(id: scratch.poll.id) == closed)
        #expect(!closed.takesAnswers(at: at(3_001)))
        await #expect(throws: PollStoreError.pollNotOpen(scratch.poll.id)) {
            _ = try await scratch.store.closePoll(id: scratch.poll.id, confirmedDate: "2026-12-09", now: at(3_100))
        }
        await #expect(throws: PollStoreError.unknownPoll(42)) {
            _ = try await scratch.store.closePoll(id: 42, confirmedDate: nil, now: at(3_100))
        }
    }
}
