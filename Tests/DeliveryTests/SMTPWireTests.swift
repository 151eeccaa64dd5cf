import NIOCore
import NIOEmbedded
import Testing

@testable import Delivery

@Suite("Delivery: SMTP on the wire")
struct SMTPWireTests {
    @Test(
        "DATA: CRLF line ends, leading dots doubled, a final CRLF",
        arguments: [
            ("a\r\n.b\r\n", "a\r\n..b\r\n"),
            (".\r\n", "..\r\n"),
            ("a\nb", "a\r\nb\r\n"),
            ("a\rb\r\n", "a\r\nb\r\n"),
            ("", "\r\n"),
            ("x", "x\r\n"),
            ("a\r\n\r\n.\r\n", "a\r\n\r\n..\r\n"),
            ("a.b\r\n..c", "a.b\r\n...c\r\n"),
            (".start", "..start\r\n"),
        ])
    func stuffed(input: String, output: String) {
        #expect(String(decoding: SMTPData.stuffed(Array(input.utf8)), as: UTF8.self) == output)
    }

    @Test(
        "Replies: one line, several lines, bare LF; codes and texts",
        arguments: [
            ("220 ready\r\n", [SMTPReply(code: 220, lines: ["ready"])]),
            (
                "250-mail.example\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n",
                [SMTPReply(code: 250, lines: ["mail.example", "STARTTLS", "AUTH PLAIN LOGIN"])]
            ),
            ("354\n250 ok\n", [SMTPReply(code: 354, lines: [""]), SMTPReply(code: 250, lines: ["ok"])]),
            ("550 5.1.1 no such user\r\n", [SMTPReply(code: 550, lines: ["5.1.1 no such user"])]),
        ])
    func replies(bytes: String, expected: [SMTPReply]) throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        // Byte by byte: a reply may arrive in any number of pieces.
        for byte in bytes.utf8 { try channel.writeInbound(ByteBuffer(bytes: [byte])) }
        var replies: [SMTPReply] = []
        while let reply = try channel.readInbound(as: SMTPReply.self) { replies.append(reply) }
        #expect(replies == expected)
        #expect(replies.last?.extensions == expected.last?.extensions)
        _ = try channel.finish()
    }

    @Test("Not SMTP: refused as a connection failure", arguments: ["HTTP/1.1 400 Bad Request\r\n", "25 short\r\n", "250-a\r\n251 b\r\n"])
    func notSMTP(bytes: String) {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        #expect(throws: SMTPFailure.self) { try channel.writeInbound(ByteBuffer(string: bytes)) }
        _ = try? channel.finish()
    }

    @Test("Back-off: doubling from the first delay, capped", arguments: [(1, 1), (2, 2), (3, 4), (5, 16), (9, 256), (10, 300), (60, 300)])
    func backOff(attempts: Int, seconds: Int64) {
        #expect(RetryPolicy(initialDelay: 1, maximumDelay: 300).delay(afterAttempts: attempts) == seconds)
    }
}
