import CivilTime
import ICalendar
import Scheduling

/// Writes MIME messages by hand: a few lines of RFC 5322, 2045–2047 and 6047 that must come
/// out the same for the same inputs.
enum MailWriter {
    static func message(_ message: InvitationMessage) -> String {
        let seed = "\(message.messageID)"
        let outer = "=_jumelage_mixed_" + StableIdentifier.uuid(for: "mixed/" + seed)
        let inner = "=_jumelage_alt_" + StableIdentifier.uuid(for: "alternative/" + seed)
        var lines =
            headers(from: message.from, to: message.to, subject: message.subject, date: message.date, messageID: message.messageID) + [
                "Content-Type: multipart/mixed;\r\n boundary=\"\(outer)\"",
                "",
                "--\(outer)",
                "Content-Type: multipart/alternative;\r\n boundary=\"\(inner)\"",
                "",
            ]
        let method = message.method.uppercased()
        lines += part(inner, type: "text/plain; charset=UTF-8", body: message.plainText)
        lines += part(inner, type: "text/html; charset=UTF-8", body: message.html)
        lines += part(inner, type: "text/calendar; method=\(method); charset=UTF-8", body: message.calendar)
        lines += ["--\(inner)--", ""]
        lines += part(
            outer, type: "application/ics; name=\"invitation.ics\"", body: message.calendar,
            extra: ["Content-Disposition: attachment; filename=\"invitation.ics\""])
        lines += ["--\(outer)--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// A text and an HTML part, nothing else (`SimpleMail`).
    static func simple(_ message: SimpleMail) -> String {
        let boundary = "=_jumelage_alt_" + StableIdentifier.uuid(for: "alternative/" + message.messageID)
        var lines =
            headers(from: message.from, to: message.to, subject: message.subject, date: message.date, messageID: message.messageID) + [
                "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"",
                "",
            ]
        lines += part(boundary, type: "text/plain; charset=UTF-8", body: message.plainText)
        lines += part(boundary, type: "text/html; charset=UTF-8", body: message.html)
        lines += ["--\(boundary)--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// The headers every message has, before its Content-Type.
    private static func headers(from: Participant, to: Participant, subject: String, date sent: Instant, messageID: String) -> [String] {
        [
            "From: " + address(from, firstLineUsed: 6),
            "To: " + address(to, firstLineUsed: 4),
            "Subject: " + encodedWords(subject, firstLineUsed: "Subject: ".count),
            "Date: " + date(sent),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
        ]
    }

    private static func part(_ boundary: String, type: String, body: String, extra: [String] = []) -> [String] {
        ["--\(boundary)", "Content-Type: \(type)", "Content-Transfer-Encoding: base64"] + extra + [""]
            + base64Lines(Array(body.utf8))
    }

    /// `<message-id>`: a name-based UUID of the UID, SEQUENCE, kind of change and recipient.
    static func messageID(uid: String, sequence: Int, kind: String, to email: String, domain: String) -> String {
        StableIdentifier.uuid(for: "invitation/\(uid)/\(sequence)/\(kind)/\(email.lowercased())") + "@" + domain
    }

    /// `"Name" <address>`, the name as encoded words when it is not plain ASCII; the address
    /// on a folded line of its own when the line would pass 78 characters.
    static func address(_ participant: Participant, firstLineUsed: Int) -> String {
        guard let name = participant.name?.filter({ !$0.isNewline }), !name.isEmpty else { return "<\(participant.email)>" }
        let plain = name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        let display =
            plain
            ? "\"" + name.replacingAll(["\\": "\\\\", "\"": "\\\""]) + "\""
            : encodedWords(name, firstLineUsed: firstLineUsed)
        let lastLine = display.components(separatedBy: "\r\n").last ?? display
        let used = (lastLine == display ? firstLineUsed : 0) + lastLine.utf8.count
        let separator = used + 3 + participant.email.utf8.count > 78 ? "\r\n " : " "
        return "\(display)\(separator)<\(participant.email)>"
    }

    /// The text as it is when it is short plain ASCII; else RFC 2047 `=?UTF-8?B?…?=` words of
    /// at most 42 octets of UTF-8 each (68 characters) (whole characters), one per folded line.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if plain, firstLineUsed + text.utf8.count <= 78, !text.contains("=?") { return text }
        var words: [[UInt8]] = []
        var chunk: [UInt8] = []
        for character in text where !character.isNewline {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 42, !chunk.isEmpty {
                words.append(chunk)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + base64($0) + "?=" }.joined(separator: "\r\n ")
    }

    /// RFC 5322 date in UTC: `Tue, 15 Jan 2024 09:00:00 +0000`.
    static func date(_ instant: Instant) -> String {
        let utc = instant.utc
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = utc.date, time = utc.time
        return "\(days[date.weekday.rawValue - 1]), \(two(date.day)) \(months[date.month - 1]) \(date.year) "
            + "\(two(time.hour)):\(two(time.minute)):\(two(time.second)) +0000"
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func base64(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = bytes[index]
            let b1 = remaining > 1 ? bytes[index + 1] : 0
            let b2 = remaining > 2 ? bytes[index + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            output.append(remaining > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            output.append(remaining > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Base64 in lines of 76 characters (RFC 2045 §6.8).
    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let encoded = Array(base64(bytes).utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }
}

extension String {
    fileprivate func replacingAll(_ replacements: [Character: String]) -> String {
        var output = ""
        for character in self { output += replacements[character] ?? String(character) }
        return output
    }
}
