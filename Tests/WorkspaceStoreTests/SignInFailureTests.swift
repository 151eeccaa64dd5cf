import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Sign-in failures", .timeLimit(.minutes(1)))
struct SignInFailureTests {
    @Test("failures are counted per key since a time", arguments: StoreKind.available, [(0, 3), (100, 3), (101, 2), (300, 1), (301, 0)])
    func countSince(kind: StoreKind, example: (since: Int, count: Int)) async throws {
        let (since, count) = example
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        for seconds in [100, 200, 300] { try await store.recordSignInFailure(key: "amelie@quebec.ca", at: at(seconds)) }
        try await store.recordSignInFailure(key: "192.0.2.1", at: at(250))
        #expect(try await store.signInFailures(key: "amelie@quebec.ca", since: at(since)) == count)
    }

    @Test("clearing a key leaves the others; housekeeping drops the old ones", arguments: StoreKind.available)
    func clear(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        for key in ["a", "a", "b"] { try await store.recordSignInFailure(key: key, at: at(100)) }
        try await store.recordSignInFailure(key: "b", at: at(500))
        try await store.clearSignInFailures(key: "a")
        #expect(try await store.signInFailures(key: "a", since: at(0)) == 0)
        #expect(try await store.signInFailures(key: "b", since: at(0)) == 2)
        try await store.deleteExpired(now: at(600), signInFailuresBefore: at(200))
        #expect(try await store.signInFailures(key: "b", since: at(0)) == 1)
    }
}
