import PostgresNIO
import WorkspaceStore

extension PostgresWorkspaceStore {
    package func invitationKey() async throws -> [UInt8] {
        let candidate = InvitationKey.random()
        return try await transaction { connection in
            // Of two first callers (or two servers), the first insert wins and both read it back.
            try await self.rows(
                connection,
                """
                INSERT INTO workspace_secret (name, value) VALUES (\(InvitationKey.name), \(ByteBuffer(bytes: candidate)))
                ON CONFLICT (name) DO NOTHING
                """)
            let stored = try await self.one(
                connection, "SELECT value FROM workspace_secret WHERE name = \(InvitationKey.name)", as: ByteBuffer.self)
            return stored.map { Array($0.readableBytesView) } ?? candidate
        }
    }

    package func recordInvitationAnswer(_ answer: InvitationAnswer) async throws {
        try await transaction { connection in
            try await self.rows(
                connection,
                """
                INSERT INTO workspace_invitation_answer (uid, address, choice, at)
                VALUES (\(answer.uid), \(answer.address), \(answer.choice.rawValue), \(StoredTime.seconds(answer.at)))
                ON CONFLICT (uid, address) DO UPDATE SET choice = excluded.choice, at = excluded.at
                """)
        }
    }

    package func invitationAnswers(uid: String) async throws -> [InvitationAnswer] {
        try await transaction { connection in
            try await self.rows(
                connection,
                "SELECT uid, address, choice, at FROM workspace_invitation_answer WHERE uid = \(uid) ORDER BY address COLLATE \"C\""
            ).compactMap { row in
                let (uid, address, choice, at) = try row.decode((String, String, String, Int64).self)
                return InvitationAnswer.Choice(rawValue: choice).map {
                    InvitationAnswer(uid: uid, address: address, choice: $0, at: StoredTime.date(at))
                }
            }
        }
    }
}
