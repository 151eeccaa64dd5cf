import Foundation
import GRDB

extension SQLiteWorkspaceStore: PollStore {
    package func createPoll(
        _ poll: NewPoll, respondents: [NewPollRespondent]
    ) async throws -> (
        poll: Poll, respondents: [PollRespondent]
    ) {
        try await pollWriting { db in
            try db.execute(
                sql: """
                    INSERT INTO \(PollSchema.poll)
                    (planID, eventID, titleFR, titleEN, slot, days, createdBy, createdByName, createdAt, expiresAt, state, closedAt, confirmedDate)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)
                    """,
                arguments: [
                    poll.planID, poll.eventID, poll.titleFR, poll.titleEN, poll.slot, PollDay.json(poll.days), poll.createdBy,
                    poll.createdByName, StoredTime.seconds(poll.createdAt), StoredTime.seconds(poll.expiresAt), PollState.open.rawValue,
                ])
            let pollID = db.lastInsertedRowID
            var stored: [PollRespondent] = []
            for respondent in respondents {
                try db.execute(
                    sql: """
                        INSERT INTO \(PollSchema.respondent) (pollID, name, personID, email, zone, language, kind, tokenHash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        pollID, respondent.name, respondent.personID, respondent.email, respondent.zone, respondent.language,
                        respondent.kind.rawValue, respondent.tokenHash,
                    ])
                stored.append(PollRespondent(id: db.lastInsertedRowID, pollID: pollID, details: respondent))
            }
            guard let created = try Self.poll(id: pollID, db) else { throw PollStoreError.unknownPoll(pollID) }
            return (created, stored)
        }
    }

    package func poll(id: Int64) async throws -> Poll? {
        try await pollReading { db in try Self.poll(id: id, db) }
    }

    package func polls(planID: String, eventID: String?) async throws -> [Poll] {
        try await pollReading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM \(PollSchema.poll) WHERE planID = :planID AND (:eventID IS NULL OR eventID = :eventID)
                    ORDER BY createdAt DESC, id DESC
                    """,
                arguments: ["planID": planID, "eventID": eventID]
            ).map(Poll.init(row:))
        }
    }

    package func respondents(pollID: Int64) async throws -> [PollRespondent] {
        try await pollReading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(PollSchema.respondent) WHERE pollID = ? ORDER BY id", arguments: [pollID])
                .map(PollRespondent.init(row:))
        }
    }

    package func respondent(tokenHash: String) async throws -> (respondent: PollRespondent, poll: Poll)? {
        try await pollReading { db in
            guard
                let respondent = try Row.fetchOne(
                    db, sql: "SELECT * FROM \(PollSchema.respondent) WHERE tokenHash = ?", arguments: [tokenHash]
                ).map(PollRespondent.init(row:)),
                let poll = try Self.poll(id: respondent.pollID, db)
            else { return nil }
            return (respondent, poll)
        }
    }

    package func answers(pollID: Int64) async throws -> [PollAnswer] {
        try await pollReading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT answer.* FROM \(PollSchema.answer) AS answer
                    JOIN \(PollSchema.respondent) AS respondent ON respondent.id = answer.respondentID
                    WHERE respondent.pollID = ? ORDER BY answer.respondentID, answer.date
                    """,
                arguments: [pollID]
            ).map(PollAnswer.init(row:))
        }
    }

    package func setAnswers(respondentID: Int64, _ choices: [String: PollChoice], now: Date) async throws {
        try await pollWriting { db in
            guard
                let pollID = try Int64.fetchOne(
                    db, sql: "SELECT pollID FROM \(PollSchema.respondent) WHERE id = ?", arguments: [respondentID])
            else { throw PollStoreError.unknownRespondent(respondentID) }
            guard let poll = try Self.poll(id: pollID, db) else { throw PollStoreError.unknownPoll(pollID) }
            guard poll.takesAnswers(at: now) else { throw PollStoreError.pollNotOpen(pollID) }
            let offered = Set(poll.details.days.map(\.date))
            if let unknown = choices.keys.sorted().first(where: { !offered.contains($0) }) { throw PollStoreError.unknownDay(unknown) }
            try db.execute(sql: "DELETE FROM \(PollSchema.answer) WHERE respondentID = ?", arguments: [respondentID])
            for (date, choice) in choices.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO \(PollSchema.answer) (respondentID, date, choice, at) VALUES (?, ?, ?, ?)",
                    arguments: [respondentID, date, choice.rawValue, StoredTime.seconds(now)])
            }
        }
    }

    package func closePoll(id: Int64, confirmedDate: String?, now: Date) async throws -> Poll {
        try await pollWriting { db in
            guard let poll = try Self.poll(id: id, db) else { throw PollStoreError.unknownPoll(id) }
            guard poll.state == .open else { throw PollStoreError.pollNotOpen(id) }
            if let confirmedDate, !poll.details.days.contains(where: { $0.date == confirmedDate }) {
                throw PollStoreError.unknownDay(confirmedDate)
            }
            try db.execute(
                sql: "UPDATE \(PollSchema.poll) SET state = ?, closedAt = ?, confirmedDate = ? WHERE id = ? AND state = ?",
                arguments: [PollState.closed.rawValue, StoredTime.seconds(now), confirmedDate, id, PollState.open.rawValue])
            guard db.changesCount == 1, let closed = try Self.poll(id: id, db) else { throw PollStoreError.pollNotOpen(id) }
            return closed
        }
    }

    /// One transaction; a `PollStoreError` goes through as it is, any other as `WorkspaceStoreError`.
    private func pollWriting<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await database.write(body) } catch let error as PollStoreError { throw error } catch { throw Self.mapped(error) }
    }

    private func pollReading<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await database.read(body) } catch { throw Self.mapped(error) }
    }

    private static func poll(id: Int64, _ db: Database) throws -> Poll? {
        try Row.fetchOne(db, sql: "SELECT * FROM \(PollSchema.poll) WHERE id = ?", arguments: [id]).map(Poll.init(row:))
    }

}

extension Poll {
    init(row: Row) throws {
        let state: String = row["state"]
        let daysText: String = row["days"]
        guard let pollState = PollState(rawValue: state),
            let days = PollDay.days(json: daysText)
        else { throw WorkspaceStoreError.database("unreadable poll \(row["id"] as Int64) in \(PollSchema.poll)") }
        let closedAt: Int64? = row["closedAt"]
        self.init(
            id: row["id"],
            details: NewPoll(
                planID: row["planID"], eventID: row["eventID"], titleFR: row["titleFR"], titleEN: row["titleEN"], slot: row["slot"],
                days: days, createdBy: row["createdBy"], createdByName: row["createdByName"], createdAt: StoredTime.date(row["createdAt"]),
                expiresAt: StoredTime.date(row["expiresAt"])),
            state: pollState, closedAt: closedAt.map(StoredTime.date), confirmedDate: row["confirmedDate"])
    }
}

extension PollRespondent {
    init(row: Row) throws {
        let kind: String = row["kind"]
        guard let respondentKind = PollRespondentKind(rawValue: kind) else {
            throw WorkspaceStoreError.database("unknown respondent kind \(kind) in \(PollSchema.respondent)")
        }
        self.init(
            id: row["id"], pollID: row["pollID"],
            details: NewPollRespondent(
                name: row["name"], personID: row["personID"], email: row["email"], zone: row["zone"], language: row["language"],
                kind: respondentKind, tokenHash: row["tokenHash"]))
    }
}

extension PollAnswer {
    init(row: Row) throws {
        let choice: String = row["choice"]
        guard let pollChoice = PollChoice(rawValue: choice) else {
            throw WorkspaceStoreError.database("unknown answer \(choice) in \(PollSchema.answer)")
        }
        self.init(respondentID: row["respondentID"], date: row["date"], choice: pollChoice, at: StoredTime.date(row["at"]))
    }
}
