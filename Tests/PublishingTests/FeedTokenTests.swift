import Foundation
import Testing
@testable import Planner

@Suite struct FeedTokenTests {
    @Test func tokensCarry256RandomBitsInBase64URL() {
        let tokens = (0..<200).map { _ in FeedToken.generate() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens {
            #expect(token.count == 43)
            #expect(FeedToken.isWellFormed(token))
        }
        #expect(!FeedToken.isWellFormed("short"))
        #expect(!FeedToken.isWellFormed(String(repeating: "a", count: 42) + "/"))
    }

    @Test func digestsCompareInConstantTime() {
        let token = FeedToken.generate()
        let digest = FeedToken.digest(token)
        #expect(FeedToken.bytes(ofHex: FeedToken.hexDigest(token)) == digest)
        #expect(FeedToken.constantTimeEquals(digest, FeedToken.digest(token)))
        #expect(!FeedToken.constantTimeEquals(digest, FeedToken.digest(token + "x")))
        #expect(!FeedToken.constantTimeEquals(digest, Array(digest.dropLast())))
    }

    @Test func theLedgerKeepsOnlyTheHash() throws {
        let workspace = PublishingFixture.workspace()
        let ledger = try PublicationLedger(path: workspace.ledger)
        let (record, token) = try ledger.createToken(label: "Namur", feeds: ["essai-partner-namur.ics"], createdBy: "tests", at: 100)
        let bytes = try #require(FileManager.default.contents(atPath: workspace.ledger))
        #expect(bytes.range(of: Data(token.utf8)) == nil)
        #expect(record.digest == FeedToken.hexDigest(token))
        #expect(try ledger.activeTokens().map(\.id) == [record.id])
        #expect(try ledger.activeTokens().first?.feedNames == ["essai-partner-namur.ics"])

        let revoked = try ledger.revokeToken(id: record.id!, at: 200)
        #expect(revoked.revokedAt == 200)
        #expect(try ledger.activeTokens().isEmpty)
        #expect(try ledger.tokens().count == 1)
        #expect(try ledger.revokeToken(id: record.id!, at: 300).revokedAt == 200)
        #expect(throws: PublicationError.unknownToken(id: 99)) { try ledger.revokeToken(id: 99, at: 300) }
    }

    @Test func visibilityFollowsTheFileName() {
        #expect(FeedVisibility.of(fileName: "quebec-namur-2024-2026-public.ics") == .public)
        #expect(FeedVisibility.of(fileName: "holidays-CA-QC.ics") == .public)
        #expect(FeedVisibility.of(fileName: "quebec-namur-2024-2026-coordinators.ics") == .private)
        #expect(FeedVisibility.of(fileName: "quebec-namur-2024-2026-partner-namur.ics") == .private)
    }
}
