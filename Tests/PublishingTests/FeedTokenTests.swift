import Foundation
import Testing

@testable import FeedModel
@testable import Publishing

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

    @Test(arguments: [
        (FeedAudience.public, "public", FeedVisibility.public),
        (.coordinators, "coordinators", .private),
        (.partner("namur"), "partner:namur", .private),
        (.partner("tourisme-public"), "partner:tourisme-public", .private),
        (.holidays("CA-QC"), "holidays:CA-QC", .public),
        (.mobility("unamur-uqtr-unamur-vers-uqtr"), "mobility:unamur-uqtr-unamur-vers-uqtr", .public),
    ])
    func visibilityFollowsTheAudience(audience: FeedAudience, text: String, visibility: FeedVisibility) {
        #expect(audience.visibility == visibility)
        #expect(audience.description == text)
        #expect(FeedAudience(text) == audience)
    }

    @Test(arguments: ["", "partner:", "partners", "holidays", "other:x", "Public"])
    func unknownAudiencesAreRefused(text: String) {
        #expect(FeedAudience(text) == nil)
    }
}
