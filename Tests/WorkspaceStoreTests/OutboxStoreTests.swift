import Bilingual
import Delivery
import Foundation
import Invitations
import Testing
import WorkspacePostgres

@testable import WorkspaceStore

/// The invitations' outbox, one contract on SQLite (the ledger's file) and on PostgreSQL (the
/// workspace's database, shared by its instances).
@Suite("The outbox on both databases", .timeLimit(.minutes(1)))
struct OutboxStoreTests {
    /// The outbox of a fresh scratch store, and a way to open it again (another process).
    static func outbox(_ scratch: ScratchStore) async throws -> (any OutboxStore, @Sendable () async throws -> any OutboxStore) {
        switch scratch.kind {
        case .sqlite:
            let path = scratch.folder.databasePath
            return (try SQLiteOutboxStore(path: path), { try SQLiteOutboxStore(path: path) })
        case .postgres:
            let store = try #require(scratch.store as? PostgresWorkspaceStore)
            let (url, schema) = (try StoreKind.postgresURL(), scratch.schema)
            return (
                PostgresOutboxStore(store: store),
                { PostgresOutboxStore(store: try await PostgresWorkspaceStore(url: url, searchPath: schema, maximumConnections: 2)) }
            )
        }
    }

    static func message(_ recipient: String, sequence: Int = 0, kind: String = "request") -> OutboxMessage {
        OutboxMessage(
            uid: "uid-1", sequence: sequence, kind: kind, recipient: recipient, sender: "bri@quebec.example",
            messageID: "\(kind)-\(sequence)-\(recipient)@quebec.example", subject: "Invitation", planID: "essai",
            bytes: Array("Subject: x\r\n\r\nbody\r\n".utf8))
    }

    static let memory = InvitationMemory(
        sequence: 0,
        event: InvitedEvent(
            uid: "uid-1", planID: "essai", eventID: "comite", language: .fr, organizer: .init(email: "bri@quebec.example", name: nil),
            title: LocalizedText(fr: "Comité", en: "Committee"), start: "2025-06-11", end: "2025-06-11", zone: nil, confirmed: true,
            invitees: [.init(email: "maire@quebec.example", name: nil)]),
        cancelled: false)

    @Test("queued once per (UID, SEQUENCE, kind, recipient), with the memory", arguments: StoreKind.available)
    func enqueueOnce(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let (store, reopen) = try await Self.outbox(scratch)
        let first = try await store.enqueue(
            [Self.message("Maire@Quebec.example"), Self.message("adjointe@namur.example")], memory: [Self.memory], now: 100)
        #expect(first == 2)
        let again = try await store.enqueue(
            [Self.message("maire@quebec.example"), Self.message("maire@quebec.example", sequence: 1, kind: "update")], memory: [],
            now: 200)
        #expect(again == 1)
        let entries = try await reopen().entries()
        #expect(entries.map(\.recipient) == ["maire@quebec.example", "adjointe@namur.example", "maire@quebec.example"])
        #expect(entries.map(\.state) == [.pending, .pending, .pending])
        #expect(entries.allSatisfy { $0.bytes == nil && $0.attempts == 0 })
        #expect(try await reopen().invitationMemory() == ["uid-1": Self.memory])
    }

    @Test("pending → sending → sent; interrupted sending goes back to pending; deferred and failed rows", arguments: StoreKind.available)
    func states(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let (store, _) = try await Self.outbox(scratch)
        _ = try await store.enqueue(
            [Self.message("a@x.example"), Self.message("b@x.example"), Self.message("c@x.example")], memory: [], now: 100)
        let due = try await store.due(now: 100, limit: 10)
        #expect(due.map(\.recipient) == ["a@x.example", "b@x.example", "c@x.example"])
        #expect(due[0].bytes == Array("Subject: x\r\n\r\nbody\r\n".utf8))
        #expect(try await store.due(now: 99, limit: 10).isEmpty)

        #expect(try await store.markSending(id: due[0].id, now: 101))
        #expect(try await !store.markSending(id: due[0].id, now: 101))
        try await store.markSent(id: due[0].id, now: 102)
        #expect(try await store.markSending(id: due[1].id, now: 103))
        try await store.deferDelivery(id: due[2].id, error: "451 try later", nextAttemptAt: 200)

        #expect(try await store.due(now: 150, limit: 10).isEmpty)
        #expect(try await store.nextAttemptAt() == 200)
        #expect(try await store.requeueInterrupted(now: 160, reason: "interrupted") == 1)
        #expect(try await store.due(now: 160, limit: 10).map(\.recipient) == ["b@x.example"])
        try await store.markFailed(id: due[1].id, error: "550 no such user", now: 170)

        let entries = try await store.entries()
        #expect(entries.map(\.state) == [.sent, .failed, .pending])
        #expect(entries.map(\.attempts) == [1, 2, 1])
        #expect(entries.map(\.lastError) == [nil, "550 no such user", "451 try later"])
        #expect(entries[0].sentAt == 102)
        #expect(try await store.due(now: 200, limit: 10).map(\.recipient) == ["c@x.example"])
        #expect(try await store.due(now: 200, limit: 0).isEmpty)
    }

    @Test("one deliverer at a time, across processes: the lease is exclusive until released", arguments: StoreKind.available)
    func lease(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let (store, reopen) = try await Self.outbox(scratch)
        var first = try await store.acquireDeliveryLease()
        #expect(first != nil)
        #expect(try await store.acquireDeliveryLease() == nil)
        #expect(try await reopen().acquireDeliveryLease() == nil)
        first = nil
        // PostgreSQL lets the lock go when the lease's connection has closed.
        var again: DeliveryLease?
        for _ in 0..<50 where again == nil {
            again = try await reopen().acquireDeliveryLease()
            if again == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(again != nil)
    }
}
