import Foundation
import PostgresNIO
import WorkspaceStore

extension PostgresWorkspaceStore: PollStore {
    static let pollColumns = """
        id, plan_id, event_id, title_fr, title_en, slot, days, created_by, created_by_name, created_at, expires_at, state, closed_at,
        confirmed_date
        """
    static let respondentColumns = "id, poll_id, name, person_id, email, zone, language, kind, token_hash"

    package func createPoll(
        _ poll: NewPoll, respondents: [NewPollRespondent]
    ) async throws -> (
        poll: Poll, respondents: [PollRespondent]
    ) {
        let (createdAt, expiresAt, days) = (StoredTime.seconds(poll.createdAt), StoredTime.seconds(poll.expiresAt), PollDay.json(poll.days))
        return try await pollTransaction { connection in
            guard
                let id = try await self.one(
                    connection,
                    """
                    INSERT INTO workspace_poll (plan_id, event_id, title_fr, title_en, slot, days, created_by, created_by_name, created_at,
                    expires_at, state, closed_at, confirmed_date)
                    VALUES (\(poll.planID), \(poll.eventID), \(poll.titleFR), \(poll.titleEN), \(poll.slot), \(days), \(poll.createdBy),
                    \(poll.createdByName), \(createdAt), \(expiresAt), \(PollState.open.rawValue), NULL, NULL)
                    RETURNING id
                    """, as: Int64.self)
            else { throw WorkspaceStoreError.database("INSERT INTO workspace_poll returned no id") }
            var stored: [PollRespondent] = []
            for respondent in respondents {
                guard
                    let respondentID = try await self.one(
                        connection,
                        """
                        INSERT INTO workspace_poll_respondent (poll_id, name, person_id, email, zone, language, kind, token_hash)
                        VALUES (\(id), \(respondent.name), \(respondent.personID), \(respondent.email), \(respondent.zone),
                        \(respondent.language), \(respondent.kind.rawValue), \(respondent.tokenHash))
                        RETURNING id
                        """, as: Int64.self)
                else { throw WorkspaceStoreError.database("INSERT INTO workspace_poll_respondent returned no id") }
                stored.append(PollRespondent(id: respondentID, pollID: id, details: respondent))
            }
            guard let created = try await self.poll(id: id, connection) else { throw PollStoreError.unknownPoll(id) }
            return (created, stored)
        }
    }

    package func poll(id: Int64) async throws -> Poll? {
        try await pollTransaction { connection in try await self.poll(id: id, connection) }
    }

    package func polls(planID: String, eventID: String?) async throws -> [Poll] {
        try await pollTransaction { connection in
            try await self.rows(
                connection,
                """
                SELECT \(unescaped: Self.pollColumns) FROM workspace_poll
                WHERE plan_id = \(planID) AND (\(eventID)::TEXT IS NULL OR event_id = \(eventID))
                ORDER BY created_at DESC, id DESC
                """
            ).map(Self.poll)
        }
    }

    package func respondents(pollID: Int64) async throws -> [PollRespondent] {
        try await pollTransaction { connection in
            try await self.rows(
                connection,
                "SELECT \(unescaped: Self.respondentColumns) FROM workspace_poll_respondent WHERE poll_id = \(pollID) ORDER BY id"
            ).map(Self.respondent)
        }
    }

    package func respondent(tokenHash: String) async throws -> (respondent: PollRespondent, poll: Poll)? {
        try await pollTransaction { connection in
            guard
                let respondent = try await self.rows(
                    connection,
                    "SELECT \(unescaped: Self.respondentColumns) FROM workspace_poll_respondent WHERE token_hash = \(tokenHash)"
                ).first.map(Self.respondent),
                let poll = try await self.poll(id: respondent.pollID, connection)
            else { return nil }
            return (respondent, poll)
        }
    }

    package func answers(pollID: Int64) async throws -> [PollAnswer] {
        try await pollTransaction { connection in
            try await self.rows(
                connection,
                """
                SELECT answer.respondent_id, answer.date, answer.choice, answer.at FROM workspace_poll_answer AS answer
                JOIN workspace_poll_respondent AS respondent ON respondent.id = answer.respondent_id
                WHERE respondent.poll_id = \(pollID) ORDER BY answer.respondent_id, answer.date COLLATE "C"
                """
            ).map(Self.answer)
        }
    }

    package func setAnswers(respondentID: Int64, _ choices: [String: PollChoice], now: Date) async throws {
        let at = StoredTime.seconds(now)
        try await pollTransaction { connection in
            guard
                let pollID = try await self.one(
                    connection, "SELECT poll_id FROM workspace_poll_respondent WHERE id = \(respondentID)", as: Int64.self)
            else { throw PollStoreError.unknownRespondent(respondentID) }
            // Locked until the end of the transaction: a poll closed meanwhile takes no answer.
            guard let poll = try await self.poll(id: pollID, connection, locking: true) else { throw PollStoreError.unknownPoll(pollID) }
            guard poll.takesAnswers(at: now) else { throw PollStoreError.pollNotOpen(pollID) }
            let offered = Set(poll.details.days.map(\.date))
            if let unknown = choices.keys.sorted().first(where: { !offered.contains($0) }) { throw PollStoreError.unknownDay(unknown) }
            try await self.rows(connection, "DELETE FROM workspace_poll_answer WHERE respondent_id = \(respondentID)")
            for (date, choice) in choices.sorted(by: { $0.key < $1.key }) {
                try await self.rows(
                    connection,
                    """
                    INSERT INTO workspace_poll_answer (respondent_id, date, choice, at)
                    VALUES (\(respondentID), \(date), \(choice.rawValue), \(at))
                    """)
            }
        }
    }

    package func closePoll(id: Int64, confirmedDate: String?, now: Date) async throws -> Poll {
        let at = StoredTime.seconds(now)
        return try await pollTransaction { connection in
            guard let poll = try await self.poll(id: id, connection, locking: true) else { throw PollStoreError.unknownPoll(id) }
            guard poll.state == .open else { throw PollStoreError.pollNotOpen(id) }
            if let confirmedDate, !poll.details.days.contains(where: { $0.date == confirmedDate }) {
                throw PollStoreError.unknownDay(confirmedDate)
            }
            try await self.rows(
                connection,
                """
                UPDATE workspace_poll SET state = \(PollState.closed.rawValue), closed_at = \(at), confirmed_date = \(confirmedDate)
                WHERE id = \(id)
                """)
            guard let closed = try await self.poll(id: id, connection) else { throw PollStoreError.unknownPoll(id) }
            return closed
        }
    }

    // MARK: Rows and transactions

    private func poll(id: Int64, _ connection: PostgresConnection, locking: Bool = false) async throws -> Poll? {
        try await rows(
            connection,
            "SELECT \(unescaped: Self.pollColumns) FROM workspace_poll WHERE id = \(id)\(unescaped: locking ? " FOR UPDATE" : "")"
        ).first.map(Self.poll)
    }

    /// One transaction; a `PollStoreError` goes through as it is, any other as `WorkspaceStoreError`.
    @discardableResult
    private func pollTransaction<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        do { return try await rawTransaction(body) } catch let error as PollStoreError { throw error } catch { throw Self.mapped(error) }
    }

    static func poll(_ row: PostgresRow) throws -> Poll {
        let (
            id, planID, eventID, titleFR, titleEN, slot, daysText, createdBy, createdByName, createdAt, expiresAt, state, closedAt,
            confirmed
        ) =
            try row.decode(
                (Int64, String, String, String, String, String, String, Int64?, String, Int64, Int64, String, Int64?, String?).self)
        guard let pollState = PollState(rawValue: state), let days = PollDay.days(json: daysText) else {
            throw WorkspaceStoreError.database("unreadable poll \(id) in workspace_poll")
        }
        return Poll(
            id: id,
            details: NewPoll(
                planID: planID, eventID: eventID, titleFR: titleFR, titleEN: titleEN, slot: slot, days: days, createdBy: createdBy,
                createdByName: createdByName, createdAt: StoredTime.date(createdAt), expiresAt: StoredTime.date(expiresAt)),
            state: pollState, closedAt: closedAt.map(StoredTime.date), confirmedDate: confirmed)
    }

    static func respondent(_ row: PostgresRow) throws -> PollRespondent {
        let (id, pollID, name, personID, email, zone, language, kind, tokenHash) = try row.decode(
            (Int64, Int64, String, String?, String?, String, String, String, String).self)
        guard let respondentKind = PollRespondentKind(rawValue: kind) else {
            throw WorkspaceStoreError.database("unknown respondent kind \(kind) in workspace_poll_respondent")
        }
        return PollRespondent(
            id: id, pollID: pollID,
            details: NewPollRespondent(
                name: name, personID: personID, email: email, zone: zone, language: language, kind: respondentKind, tokenHash: tokenHash))
    }

    static func answer(_ row: PostgresRow) throws -> PollAnswer {
        let (respondentID, date, choice, at) = try row.decode((Int64, String, String, Int64).self)
        guard let pollChoice = PollChoice(rawValue: choice) else {
            throw WorkspaceStoreError.database("unknown answer \(choice) in workspace_poll_answer")
        }
        return PollAnswer(respondentID: respondentID, date: date, choice: pollChoice, at: StoredTime.date(at))
    }
}
