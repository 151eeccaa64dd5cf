import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Tokens and hashes")
struct TokenHashTests {
    @Test(
        "SHA-256 in lower-case hex",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ])
    func sha256(input: String, hex: String) {
        #expect(TokenHash.sha256Hex(input) == hex)
        #expect(PlanDocument.revision(of: Data(input.utf8)) == hex)
    }

    @Test("random tokens: 43 base64url characters, never twice the same")
    func randomTokens() {
        let tokens = (0..<100).map { _ in TokenHash.randomToken() }
        #expect(Set(tokens).count == tokens.count)
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for token in tokens {
            #expect(token.count == 43)
            #expect(token.allSatisfy(alphabet.contains))
        }
    }
}
