import Crypto
import Foundation

/// The token of an invitee's answer link (`BASE/invitation/TOKEN`): the event's UID and the
/// invitee's address, signed with the workspace's key (HMAC-SHA-256), so that the link needs no
/// row of its own, is the same in every message sent for that event and that person (the emails'
/// bytes stay deterministic), and cannot be made for another event or another address without
/// the key. Format: base64url(uid LF address) "." base64url(HMAC), no padding.
package enum InvitationLink {
    package static func token(uid: String, address: String, key: [UInt8]) -> String {
        let payload = Data((uid + "\n" + address.lowercased()).utf8)
        return base64URL(payload) + "." + base64URL(Data(signature(of: payload, key: key)))
    }

    /// The UID and address a token was made for, or nil when it was not made with `key` (forged,
    /// altered, truncated, or made by another workspace).
    package static func verify(_ token: String, key: [UInt8]) -> (uid: String, address: String)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, token.utf8.count <= 2_048, let payload = data(base64URL: parts[0]),
            let signature = data(base64URL: parts[1]),
            HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: payload, using: SymmetricKey(data: key)),
            let text = String(data: payload, encoding: .utf8)
        else { return nil }
        let fields = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else { return nil }
        return (String(fields[0]), String(fields[1]))
    }

    /// Whether invitees could open pages at `baseURL`: not at a loopback address.
    package static func isReachable(baseURL: String) -> Bool {
        guard let host = URL(string: baseURL)?.host?.lowercased() else { return false }
        return !(host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]")
    }

    /// Each invitee's answer page at `baseURL`: `BASE/invitation/TOKEN`.
    package static func pages(baseURL: String, key: [UInt8]) -> @Sendable (_ uid: String, _ address: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return { uid, address in base + "invitation/" + token(uid: uid, address: address, key: key) }
    }

    static func signature(of payload: Data, key: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: payload, using: SymmetricKey(data: key)))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: Substring) -> Data? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
