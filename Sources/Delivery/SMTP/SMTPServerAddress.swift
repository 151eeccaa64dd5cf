import Bilingual

/// `smtp://[user[:password]@]host[:port]` (STARTTLS when offered, port 25 by default) or
/// `smtps://…` (TLS from the first byte, port 465 by default). The user and the password are
/// percent-decoded. `description` and `redacted` never show the password.
public struct SMTPServerAddress: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var implicitTLS: Bool
    public var host: String
    public var port: Int
    public var user: String?
    /// From the URL; `SMTPSettings` prefers it to the environment variable.
    public var password: String?

    public init(implicitTLS: Bool = false, host: String, port: Int, user: String? = nil, password: String? = nil) {
        self.implicitTLS = implicitTLS
        self.host = host
        self.port = port
        self.user = user
        self.password = password
    }

    /// Parses the URL; the error shows it redacted.
    public init(parsing text: String) throws(DeliveryError) {
        let shown = Self.redact(text)
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("smtp://") {
            implicitTLS = false
            rest = text.dropFirst("smtp://".count)
        } else if lowered.hasPrefix("smtps://") {
            implicitTLS = true
            rest = text.dropFirst("smtps://".count)
        } else {
            throw .badURL(
                shown,
                LocalizedText(fr: "l'adresse doit commencer par smtp:// ou smtps://", en: "the address must start with smtp:// or smtps://")
            )
        }
        guard !rest.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0.isWhitespace }) else {
            throw .badURL(
                shown, LocalizedText(fr: "ni chemin, ni requête, ni espace après l'hôte", en: "no path, query or space after the host"))
        }
        var hostPart = rest
        user = nil
        password = nil
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            hostPart = rest[rest.index(after: at)...]
            let pieces = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.percentDecoded(pieces[0]), !name.isEmpty else {
                throw .badURL(shown, LocalizedText(fr: "l'utilisateur est vide ou mal encodé", en: "the user is empty or badly encoded"))
            }
            user = name
            if pieces.count == 2 {
                guard let secret = Self.percentDecoded(pieces[1]) else {
                    throw .badURL(shown, LocalizedText(fr: "le mot de passe est mal encodé", en: "the password is badly encoded"))
                }
                password = secret
            }
        }
        let portText: Substring?
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.firstIndex(of: "]") else {
                throw .badURL(
                    shown, LocalizedText(fr: "le crochet de l'adresse IPv6 n'est pas fermé", en: "the IPv6 address's bracket is not closed")
                )
            }
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if after.isEmpty {
                portText = nil
            } else if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else {
                throw .badURL(
                    shown,
                    LocalizedText(fr: "attendu « : » et un port après l'adresse IPv6", en: "expected ':' and a port after the IPv6 address")
                )
            }
        } else if let colon = hostPart.lastIndex(of: ":") {
            host = String(hostPart[..<colon])
            portText = hostPart[hostPart.index(after: colon)...]
        } else {
            host = String(hostPart)
            portText = nil
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "_" }) else {
            throw .badURL(
                shown,
                LocalizedText(
                    fr: "l'hôte est vide ou contient des caractères interdits", en: "the host is empty or holds characters not allowed"))
        }
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw .badURL(
                    shown, LocalizedText(fr: "le port doit être un nombre de 1 à 65535", en: "the port must be a number from 1 to 65535"))
            }
            port = number
        } else {
            port = implicitTLS ? 465 : 25
        }
    }

    /// The URL without the password: `smtp://user:***@host:port`.
    public var redacted: String {
        let scheme = implicitTLS ? "smtps://" : "smtp://"
        let credentials = user.map { $0 + (password == nil ? "" : ":***") + "@" } ?? ""
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)\(credentials)\(shownHost):\(port)"
    }

    public var description: String { redacted }
    public var debugDescription: String { redacted }
    /// `dump` and the debugger show the redacted URL, never the password.
    public var customMirror: Mirror { Mirror(self, children: ["url": redacted]) }

    /// Whether the host is this machine (`localhost`, 127.0.0.0/8, `::1`): the only place a
    /// password may go without TLS.
    public var isLoopback: Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    /// The text with whatever stands between `://` and the last `@` before the host replaced by
    /// the user alone and `***`: safe to print whatever was typed.
    static func redact(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text.contains("@") ? "***" : text }
        let rest = text[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return text }
        let credentials = authority[..<at]
        let user = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let hidden = credentials.contains(":") ? "\(user):***" : String(user)
        return String(text[..<schemeEnd.upperBound]) + hidden + String(rest[at...])
    }

    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let first = utf8.index(after: index)
                guard first != utf8.endIndex else { return nil }
                let second = utf8.index(after: first)
                guard second != utf8.endIndex, let high = hexValue(utf8[first]), let low = hexValue(utf8[second]) else { return nil }
                bytes.append(high << 4 | low)
                index = utf8.index(after: second)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
