import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Audit log", .timeLimit(.minutes(1)))
struct AuditTests {
    @Test("newest first, by time then by order of writing, limited", arguments: StoreKind.available, [(10, 4), (4, 4), (2, 2), (0, 0)])
    func order(kind: StoreKind, example: (limit: Int, count: Int)) async throws {
        let (limit, count) = example
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let entries = [
            AuditEntry(at: at(100), userID: 1, action: "sign-in", detail: "amelie", address: "192.0.2.1"),
            AuditEntry(at: at(300), userID: nil, action: "sign-in-failed", detail: "inconnu", address: nil),
            AuditEntry(at: at(200), userID: 1, action: "publish", detail: "publication 12", address: "2001:db8::1"),
            AuditEntry(at: at(300), userID: 2, action: "role", detail: "benoit: editor on quebec-namur", address: nil),
        ]
        for entry in entries { try await store.appendAudit(entry) }
        let log = try await store.auditLog(limit: limit)
        #expect(log.map(\.action) == Array(["role", "sign-in-failed", "publish", "sign-in"].prefix(count)))
        #expect(log.compactMap(\.id).count == count)
        if let last = log.last, count == 4 {
            var expected = entries[0]
            expected.id = last.id
            #expect(last == expected)
        }
    }
}
