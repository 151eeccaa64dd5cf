import Crypto
import Foundation

/// Secrets the workspace hands out (session cookies, one-time links) and the hashes it keeps of
/// them: the store only ever sees `sha256Hex` of a token, never the token.
package enum TokenHash {
    /// SHA-256 of the string's UTF-8 bytes, lower-case hex (64 characters).
    package static func sha256Hex(_ string: String) -> String {
        sha256Hex(Data(string.utf8))
    }

    /// SHA-256 of the bytes, lower-case hex (64 characters).
    package static func sha256Hex(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// 32 bytes from `SystemRandomNumberGenerator` (the system's cryptographic source), base64url
    /// without padding: 43 characters of `A–Z a–z 0–9 - _`, safe in a URL and a cookie.
    package static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
