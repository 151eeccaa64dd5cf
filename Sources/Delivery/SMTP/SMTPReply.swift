/// One reply of an SMTP server (RFC 5321 §4.2): a three-digit code and its lines of text.
struct SMTPReply: Hashable, Sendable {
    var code: Int
    var lines: [String]

    var isPositive: Bool { (200..<400).contains(code) }
    var isTransient: Bool { (400..<500).contains(code) }

    /// `250 first line / second line`: for error texts (the server's words, never ours).
    var summary: String { "\(code) " + lines.joined(separator: " / ") }

    /// The keywords of an EHLO reply after its greeting line, upper-cased: `STARTTLS`, `AUTH PLAIN LOGIN`…
    var extensions: [String] { lines.dropFirst().map { $0.uppercased() } }
}
