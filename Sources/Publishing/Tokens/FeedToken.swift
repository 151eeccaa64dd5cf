import Crypto
import Foundation

/// Private feed tokens: 256 random bits from the system's generator, written in base64url (43
/// characters, safe in a URL path). Only their SHA-256 is stored; a presented token is hashed and
/// compared with every stored digest in constant time.
public enum FeedToken {
    public static let randomBytes = 32
    public static let length = 43

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    public static func generate(using generator: inout some RandomNumberGenerator) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(randomBytes)
        while bytes.count < randomBytes {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) where bytes.count < randomBytes {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether a path segment could be a token at all: 43 base64url characters.
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == length
            && text.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F
            }
    }

    /// SHA-256 of the token's UTF-8 bytes.
    public static func digest(_ token: some StringProtocol) -> [UInt8] {
        Array(SHA256.hash(data: Data(token.utf8)))
    }

    /// Lowercase hex of `digest(_:)`, as the ledger stores it.
    public static func hexDigest(_ token: some StringProtocol) -> String {
        FileDigest.sha256(Data(token.utf8))
    }

    /// Bytes of a hex digest; nil when it is not 64 hex digits.
    public static func bytes(ofHex hex: String) -> [UInt8]? {
        let characters = Array(hex.utf8)
        guard characters.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(characters[index]), let low = nibble(characters[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case 0x30...0x39: return character - 0x30
        case 0x61...0x66: return character - 0x61 + 10
        case 0x41...0x46: return character - 0x41 + 10
        default: return nil
        }
    }

    /// Compares two byte strings in time that depends on their lengths only.
    public static func constantTimeEquals(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
