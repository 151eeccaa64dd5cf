import Bilingual
import Foundation
import Invitations
import Publishing
import Testing

@testable import Delivery

/// The outbox in a real SQLite file, shared with a real publication ledger.
@Suite("Delivery: the outbox on SQLite")
struct SQLiteOutboxStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString).sqlite").path
    }

    static func removeFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", ".delivery-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
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

    @Test("Queued once per (UID, SEQUENCE, kind, recipient), with the memory, beside the ledger's tables")
    func enqueueOnce() async throws {
        let path = Self.temporaryPath()
        defer { Self.removeFiles(path) }
        _ = try PublicationLedger(path: path)
        let store = try SQLiteOutboxStore(path: path)
        let first = try await store.enqueue(
            [Self.message("Maire@Quebec.example"), Self.message("adjointe@namur.example")], memory: [Self.memory], now: 100)
        #expect(first == 2)
        let again = try await store.enqueue(
            [Self.message("maire@quebec.example"), Self.message("maire@quebec.example", sequence: 1, kind: "update")], memory: [],
            now: 200)
        #expect(again == 1)
        let entries = try await store.entries()
        #expect(entries.map(\.recipient) == ["maire@quebec.example", "adjointe@namur.example", "maire@quebec.example"])
        #expect(entries.map(\.state) == [.pending, .pending, .pending])
        #expect(entries.allSatisfy { $0.bytes == nil && $0.attempts == 0 })
        #expect(try await store.invitationMemory() == ["uid-1": Self.memory])
        // The ledger and the outbox open the same file again, in either order.
        _ = try SQLiteOutboxStore(path: path)
        _ = try PublicationLedger(path: path)
        #expect(try await SQLiteOutboxStore(path: path).entries().count == 3)
    }

    @Test("pending → sending → sent; interrupted sending goes back to pending; deferred and failed rows")
    func states() async throws {
        let path = Self.temporaryPath()
        defer { Self.removeFiles(path) }
        let store = try SQLiteOutboxStore(path: path)
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

    @Test("One deliverer at a time: the lease is exclusive until released")
    func lease() async throws {
        let path = Self.temporaryPath()
        defer { Self.removeFiles(path) }
        let store = try SQLiteOutboxStore(path: path)
        var first = try await store.acquireDeliveryLease()
        #expect(first != nil)
        #expect(try await store.acquireDeliveryLease() == nil)
        #expect(try await SQLiteOutboxStore(path: path).acquireDeliveryLease() == nil)
        first = nil
        #expect(try await store.acquireDeliveryLease() != nil)
    }

    @Test("Not a file: refused with a bilingual reason", arguments: ["", ":memory:", "file:x.sqlite"])
    func notAFile(path: String) {
        #expect(throws: DeliveryError.self) { try SQLiteOutboxStore(path: path) }
    }

    @Test("A server that is not there: the due rows deferred with back-off, the reason kept, nothing thrown")
    func serverDown() async throws {
        let path = Self.temporaryPath()
        defer { Self.removeFiles(path) }
        let store = try SQLiteOutboxStore(path: path)
        _ = try await store.enqueue([Self.message("a@x.example"), Self.message("b@x.example")], memory: [], now: 1000)
        // Port 1 on loopback: nobody listens there.
        let settings = try SMTPSettings(server: SMTPServerAddress(host: "127.0.0.1", port: 1), environment: [:])
        let deliverer = OutboxDeliverer(store: store, settings: settings, clock: { 1000 })
        let round = try await deliverer.deliverDue()
        #expect(round.sent == 0 && round.deferred == 2 && round.failed == 0 && !round.busy)
        #expect(round.problem?.contains("127.0.0.1:1") == true)
        let entries = try await store.entries()
        #expect(entries.map(\.state) == [.pending, .pending])
        #expect(entries.map(\.nextAttemptAt) == [1001, 1001])
        #expect(entries.allSatisfy { $0.attempts == 1 && $0.lastError?.contains("cannot connect") == true })
        // A week later, still down: failed for good.
        let late = OutboxDeliverer(store: store, settings: settings, clock: { 1000 + 7 * 86_400 })
        #expect(try await late.deliverDue().failed == 2)
        #expect(try await store.entries().map(\.state) == [.failed, .failed])
    }
}
