import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Sessions", .timeLimit(.minutes(1)))
struct SessionTests {
    @Test(
        "a session is found until it expires",
        arguments: StoreKind.available, [(999, true), (1_000, true), (1_999, true), (2_000, false), (5_000, false)])
    func expiry(kind: StoreKind, example: (now: Int, found: Bool)) async throws {
        let (now, found) = example
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("hugo"))
        let session = SessionRecord(
            idHash: TokenHash.sha256Hex("cookie"), userID: user.id, csrfToken: "csrf", createdAt: at(1_000), expiresAt: at(2_000))
        try await store.createSession(session)
        #expect(try await store.session(idHash: session.idHash, now: at(now)) == (found ? session : nil))
        #expect(try await store.session(idHash: TokenHash.sha256Hex("other"), now: at(now)) == nil)
    }

    @Test("deleting one session, then every session of a user", arguments: StoreKind.available)
    func delete(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let irene = try await store.createUser(newUser("irene"))
        let jules = try await store.createUser(newUser("jules"))
        for (hash, user) in [("i1", irene), ("i2", irene), ("i3", irene), ("j1", jules)] {
            try await store.createSession(
                SessionRecord(idHash: hash, userID: user.id, csrfToken: "c", createdAt: at(0), expiresAt: at(100)))
        }
        try await store.deleteSession(idHash: "i1")
        try await store.deleteSession(idHash: "never-existed")
        #expect(try await store.session(idHash: "i1", now: at(1)) == nil)
        #expect(try await store.session(idHash: "i2", now: at(1)) != nil)
        try await store.deleteSessions(userID: irene.id)
        for hash in ["i2", "i3"] { #expect(try await store.session(idHash: hash, now: at(1)) == nil) }
        #expect(try await store.session(idHash: "j1", now: at(1)) != nil)
    }

    @Test("a session for an unknown account is refused", arguments: StoreKind.available)
    func unknownUser(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        await #expect(throws: WorkspaceStoreError.unknownUser(3)) {
            try await store.createSession(SessionRecord(idHash: "h", userID: 3, csrfToken: "c", createdAt: at(0), expiresAt: at(1)))
        }
    }

    @Test("housekeeping removes expired sessions only", arguments: StoreKind.available)
    func deleteExpired(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("karim"))
        try await store.createSession(SessionRecord(idHash: "old", userID: user.id, csrfToken: "c", createdAt: at(0), expiresAt: at(10)))
        try await store.createSession(SessionRecord(idHash: "new", userID: user.id, csrfToken: "c", createdAt: at(0), expiresAt: at(100)))
        try await store.deleteExpired(now: at(50), signInFailuresBefore: at(0))
        // Asked at an earlier time, the expired session would still count: it is gone.
        #expect(try await store.session(idHash: "old", now: at(1)) == nil)
        #expect(try await store.session(idHash: "new", now: at(1)) != nil)
    }
}
