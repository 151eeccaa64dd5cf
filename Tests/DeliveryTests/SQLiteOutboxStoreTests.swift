import Bilingual
import Foundation
import Invitations
import Publishing
import Testing

@testable import Delivery

/// The outbox in a real SQLite file, shared with a real publication ledger. (The contract of the
/// states and the lease is tested on SQLite and PostgreSQL alike in WorkspaceStoreTests.)
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
