import Foundation
import Testing

@testable import WorkspaceStore

@Suite("One-time links", .timeLimit(.minutes(1)))
struct OneTimeLinkTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var expiresAt: Int
        var consumedAt: Int
        var tokenHash: String
        var succeeds: Bool
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "valid", expiresAt: 2_000, consumedAt: 1_000, tokenHash: "known", succeeds: true),
        Case(name: "one second before expiry", expiresAt: 2_000, consumedAt: 1_999, tokenHash: "known", succeeds: true),
        Case(name: "at expiry", expiresAt: 2_000, consumedAt: 2_000, tokenHash: "known", succeeds: false),
        Case(name: "expired", expiresAt: 2_000, consumedAt: 3_000, tokenHash: "known", succeeds: false),
        Case(name: "unknown", expiresAt: 2_000, consumedAt: 1_000, tokenHash: "unknown", succeeds: false),
    ]

    @Test("a link is consumed once, before it expires", arguments: StoreKind.available, cases)
    func consume(kind: StoreKind, _ example: Case) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let link = OneTimeLink(
            tokenHash: TokenHash.sha256Hex("known"), purpose: .firstAdministrator, userID: nil, expiresAt: at(example.expiresAt))
        try await store.createOneTimeLink(link)
        let consumed = try await store.consumeOneTimeLink(tokenHash: TokenHash.sha256Hex(example.tokenHash), now: at(example.consumedAt))
        #expect(consumed == (example.succeeds ? link : nil))
        // Never a second time.
        #expect(try await store.consumeOneTimeLink(tokenHash: TokenHash.sha256Hex(example.tokenHash), now: at(example.consumedAt)) == nil)
    }

    @Test("an invitation names its account; an unknown account is refused", arguments: StoreKind.available)
    func invitation(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("gisele"))
        let link = OneTimeLink(tokenHash: "h", purpose: .invitation, userID: user.id, expiresAt: at(100))
        try await store.createOneTimeLink(link)
        #expect(try await store.consumeOneTimeLink(tokenHash: "h", now: at(50)) == link)
        await #expect(throws: WorkspaceStoreError.unknownUser(99)) {
            try await store.createOneTimeLink(OneTimeLink(tokenHash: "i", purpose: .invitation, userID: 99, expiresAt: at(100)))
        }
    }

    @Test("of 8 concurrent consumers of one link, exactly one wins", arguments: StoreKind.available, [false, true])
    func concurrentConsumers(kind: StoreKind, separateConnections: Bool) async throws {
        let scratch = try await ScratchStore(kind)
        let shared = scratch.store
        try await shared.createOneTimeLink(OneTimeLink(tokenHash: "race", purpose: .firstAdministrator, userID: nil, expiresAt: at(100)))
        // Separate stores: 8 connection pools on one file, racing through SQLite's own locks.
        var stores: [any WorkspaceStore] = []
        for _ in 0..<8 { stores.append(separateConnections ? try await scratch.another() : shared) }
        let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
            for store in stores {
                group.addTask { try await store.consumeOneTimeLink(tokenHash: "race", now: at(50)) != nil }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(winners == 1)
    }

    @Test("housekeeping removes used and expired links, keeps the others", arguments: StoreKind.available)
    func deleteExpired(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        for (hash, expiry) in [("used", 100), ("expired", 10), ("live", 100)] {
            try await store.createOneTimeLink(
                OneTimeLink(tokenHash: hash, purpose: .firstAdministrator, userID: nil, expiresAt: at(expiry)))
        }
        _ = try await store.consumeOneTimeLink(tokenHash: "used", now: at(5))
        try await store.deleteExpired(now: at(50), signInFailuresBefore: at(0))
        #expect(try await store.consumeOneTimeLink(tokenHash: "live", now: at(50)) != nil)
    }
}
