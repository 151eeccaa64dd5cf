import Foundation
import GRDB

extension SQLiteWorkspaceStore {
    package func invitationKey() async throws -> [UInt8] {
        let candidate = InvitationKey.random()
        return try await writing { db in
            // Of two first callers, the first insert wins and both read it back.
            try db.execute(
                sql: "INSERT INTO \(WorkspaceSchema.secret) (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                arguments: [InvitationKey.name, Data(candidate)])
            let stored = try Data.fetchOne(
                db, sql: "SELECT value FROM \(WorkspaceSchema.secret) WHERE name = ?", arguments: [InvitationKey.name])
            return Array(stored ?? Data(candidate))
        }
    }

    package func recordInvitationAnswer(_ answer: InvitationAnswer) async throws {
        try await writing { db in
            try db.execute(
                sql: """
                    INSERT INTO \(WorkspaceSchema.invitationAnswer) (uid, address, choice, at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (uid, address) DO UPDATE SET choice = excluded.choice, at = excluded.at
                    """,
                arguments: [answer.uid, answer.address, answer.choice.rawValue, StoredTime.seconds(answer.at)])
        }
    }

    package func invitationAnswers(uid: String) async throws -> [InvitationAnswer] {
        try await reading { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM \(WorkspaceSchema.invitationAnswer) WHERE uid = ? ORDER BY address", arguments: [uid]
            ).compactMap { row in
                guard let choice = InvitationAnswer.Choice(rawValue: row["choice"]) else { return nil }
                return InvitationAnswer(uid: row["uid"], address: row["address"], choice: choice, at: StoredTime.date(row["at"]))
            }
        }
    }
}
