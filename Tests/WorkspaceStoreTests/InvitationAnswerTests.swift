import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Invitation answers and links", .timeLimit(.minutes(1)))
struct InvitationAnswerTests {
    @Test("the link key is made once and shared by every store on the database", arguments: StoreKind.available)
    func key(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let (store, another) = (scratch.store, try await scratch.another())
        async let first = store.invitationKey()
        async let second = another.invitationKey()
        let keys = try await [first, second]
        #expect(keys[0].count == 32)
        #expect(keys[0] == keys[1])
        #expect(try await scratch.store.invitationKey() == keys[0])
        let elsewhere = try await ScratchStore(kind)
        #expect(try await elsewhere.store.invitationKey() != keys[0])
    }

    @Test("one answer per event and address, the newest kept, addresses without case", arguments: StoreKind.available)
    func answers(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let uid = "quebec-namur-2024-2026/comite-mixte-2025@jumelage"
        try await store.recordInvitationAnswer(
            InvitationAnswer(uid: uid, address: "Marie.Tremblay@Quebec.ca", choice: .accepted, at: at(100)))
        try await store.recordInvitationAnswer(InvitationAnswer(uid: uid, address: "luc@namur.be", choice: .tentative, at: at(200)))
        try await store.recordInvitationAnswer(
            InvitationAnswer(uid: "other@jumelage", address: "luc@namur.be", choice: .accepted, at: at(250)))
        try await store.recordInvitationAnswer(
            InvitationAnswer(uid: uid, address: "marie.tremblay@quebec.ca", choice: .declined, at: at(300)))
        #expect(
            try await store.invitationAnswers(uid: uid) == [
                InvitationAnswer(uid: uid, address: "luc@namur.be", choice: .tentative, at: at(200)),
                InvitationAnswer(uid: uid, address: "marie.tremblay@quebec.ca", choice: .declined, at: at(300)),
            ])
        #expect(try await store.invitationAnswers(uid: "absent@jumelage").isEmpty)
    }

    @Test("a link carries its event and address, and only the key that made it opens it")
    func link() throws {
        let key = [UInt8](repeating: 7, count: 32), other = [UInt8](repeating: 8, count: 32)
        let token = InvitationLink.token(uid: "qn/comite@jumelage", address: "Marie@Quebec.ca", key: key)
        #expect(token == InvitationLink.token(uid: "qn/comite@jumelage", address: "marie@quebec.ca", key: key))
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        let opened = try #require(InvitationLink.verify(token, key: key))
        #expect(opened.uid == "qn/comite@jumelage" && opened.address == "marie@quebec.ca")
        #expect(InvitationLink.verify(token, key: other) == nil)
        let (payload, signature) = (token.split(separator: ".")[0], token.split(separator: ".")[1])
        let forged = InvitationLink.base64URL(Data("qn/comite@jumelage\nluc@namur.be".utf8)) + "." + signature
        for bad in [
            forged, String(payload), String(payload) + ".", "." + signature, token + "A", String(token.dropLast()), "", "a.b.c", "é.é",
        ] {
            #expect(InvitationLink.verify(bad, key: key) == nil, "\(bad)")
        }
    }
}
