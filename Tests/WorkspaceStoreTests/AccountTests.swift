import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Accounts", .timeLimit(.minutes(1)))
struct AccountTests {
    @Test("creating accounts gives ids, keeps every field and counts them", arguments: StoreKind.available)
    func create(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        #expect(try await store.userCount() == 0)
        let first = try await store.createUser(newUser("amelie@quebec.ca", administrator: true, createdAt: at(1_700_000_123)))
        let second = try await store.createUser(newUser("Benoit"))
        #expect(first.id != second.id)
        #expect(first.login == "amelie@quebec.ca")
        #expect(first.displayName == "Display amelie@quebec.ca")
        #expect(first.passwordHash == "$2b$12$hash-of-amelie@quebec.ca")
        #expect(first.isAdministrator)
        #expect(!second.isAdministrator)
        #expect(first.totpSecret == nil)
        #expect(first.createdAt == at(1_700_000_123))
        #expect(try await store.userCount() == 2)
        #expect(try await store.users() == [first, second])
        #expect(try await store.user(id: first.id) == first)
        #expect(try await store.user(id: 999) == nil)
    }

    @Test("a creation date is kept to the second, rounded down", arguments: StoreKind.available)
    func secondsRoundedDown(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("carole", createdAt: Date(timeIntervalSince1970: 1_700_000_000.9)))
        #expect(user.createdAt == at(1_700_000_000))
        #expect(try await store.user(id: user.id)?.createdAt == at(1_700_000_000))
    }

    @Test(
        "a login taken in any case is refused", arguments: StoreKind.available,
        ["amelie@quebec.ca", "AMELIE@QUEBEC.CA", "Amelie@Quebec.Ca"])
    func duplicateLogin(kind: StoreKind, login: String) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        _ = try await store.createUser(newUser("amelie@quebec.ca"))
        await #expect(throws: WorkspaceStoreError.loginTaken(login)) { try await store.createUser(newUser(login)) }
        #expect(try await store.userCount() == 1)
    }

    @Test(
        "a login is found in any case", arguments: StoreKind.available, ["Namur-Coordination", "namur-coordination", "NAMUR-COORDINATION"])
    func lookupByLogin(kind: StoreKind, login: String) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("Namur-Coordination"))
        #expect(try await store.user(login: login) == user)
        #expect(try await store.user(login: "namur") == nil)
    }

    @Test("password and TOTP updates are stored; an unknown account is refused", arguments: StoreKind.available)
    func updates(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("denise"))
        try await store.setPasswordHash("$2b$12$new", userID: user.id)
        try await store.setTOTPSecret("JBSWY3DPEHPK3PXP", userID: user.id)
        var updated = try #require(try await store.user(id: user.id))
        #expect(updated.passwordHash == "$2b$12$new")
        #expect(updated.totpSecret == "JBSWY3DPEHPK3PXP")
        try await store.setTOTPSecret(nil, userID: user.id)
        updated = try #require(try await store.user(id: user.id))
        #expect(updated.totpSecret == nil)
        await #expect(throws: WorkspaceStoreError.unknownUser(42)) { try await store.setPasswordHash("x", userID: 42) }
        await #expect(throws: WorkspaceStoreError.unknownUser(42)) { try await store.setTOTPSecret("x", userID: 42) }
    }

    @Test("deleting an account takes its roles and sessions, keeps its history", arguments: StoreKind.available)
    func deleteUser(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("emile"))
        try await store.setRole(.editor, userID: user.id, planID: "quebec-namur")
        try await store.createSession(SessionRecord(idHash: "h", userID: user.id, csrfToken: "c", createdAt: at(0), expiresAt: at(100)))
        let changeID = try await store.beginChange(
            PlanChange(
                planID: "quebec-namur", file: "quebec-namur.yaml", userID: user.id, author: "Émile", at: at(10), summary: "s",
                eventIDs: [], beforeRevision: "a", afterRevision: "b", before: "a", after: "b"))
        try await store.commitChange(id: changeID)
        try await store.deleteUser(id: user.id)
        #expect(try await store.user(id: user.id) == nil)
        #expect(try await store.members(planID: "quebec-namur").isEmpty)
        #expect(try await store.session(idHash: "h", now: at(1)) == nil)
        #expect(try await store.change(id: changeID)?.userID == user.id)
        await #expect(throws: WorkspaceStoreError.unknownUser(user.id)) { try await store.deleteUser(id: user.id) }
    }

    @Test("the store says what it is and answers", arguments: StoreKind.available)
    func kindAndPing(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        #expect(store.kind == kind.rawValue)
        #expect(await store.ping())
    }

    @Test("a path that is not a file is refused", arguments: ["", ":memory:", "file::memory:"])
    func notAFile(path: String) {
        #expect(throws: WorkspaceStoreError.self) { try SQLiteWorkspaceStore(path: path) }
    }
}
