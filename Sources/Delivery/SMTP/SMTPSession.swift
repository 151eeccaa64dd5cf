import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One conversation with an SMTP server (RFC 5321), for several messages: greeting, EHLO,
/// STARTTLS when offered (then EHLO again), AUTH PLAIN or LOGIN when credentials are given,
/// then MAIL FROM / RCPT TO / DATA per message, QUIT. Open one with `SMTPSession.with`.
struct SMTPSession {
    let settings: SMTPSettings
    private let channel: any Channel
    private var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private(set) var isEncrypted: Bool

    /// Connects, greets, secures and authenticates, runs `body`, then says QUIT and closes.
    /// Every failure is an `SMTPFailure`; `refused` when the settings cannot work.
    static func with<Result: Sendable>(
        _ settings: SMTPSettings, _ body: (inout SMTPSession) async throws -> Result
    ) async throws -> Result {
        let server = settings.server
        let tls: NIOSSLContext? = server.implicitTLS ? try settings.tlsContext() : nil
        let replyTimeout = TimeAmount(settings.replyTimeout)
        let seconds = settings.replyTimeout.components.seconds
        let channel: NIOAsyncChannel<SMTPReply, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(TimeAmount(settings.connectTimeout))
                .connect(host: server.host, port: server.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let tls {
                            try channel.pipeline.syncOperations.addHandler(
                                NIOSSLClientHandler(context: tls, serverHostname: Self.serverName(server.host)))
                        }
                        try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: replyTimeout))
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        try channel.pipeline.syncOperations.addHandler(SMTPTimeoutHandler(seconds: seconds))
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPFailure.connection("cannot connect to \(server.host):\(server.port): \(Self.describe(error))")
        }
        do {
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(
                    settings: settings, channel: channel.channel, replies: inbound.makeAsyncIterator(), outbound: outbound,
                    isEncrypted: server.implicitTLS)
                try await session.open()
                let result = try await body(&session)
                await session.quit()
                return result
            }
        } catch let failure as SMTPFailure {
            throw failure
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw SMTPFailure.connection(Self.describe(error))
        }
    }

    // MARK: Opening

    private mutating func open() async throws {
        let greeting = try await read()
        guard greeting.code == 220 else { throw SMTPFailure.connection("the server does not greet: \(greeting.summary)") }
        var hello = try await ehlo()
        if !settings.server.implicitTLS, hello.extensions.contains("STARTTLS") {
            let reply = try await command("STARTTLS")
            guard reply.code == 220 else { throw SMTPFailure.connection("STARTTLS refused: \(reply.summary)") }
            try await startTLS()
            hello = try await ehlo()
        }
        guard let user = settings.server.user, let password = settings.password else { return }
        let shown = settings.server.redacted
        guard isEncrypted || settings.server.isLoopback else { throw SMTPFailure.refused(.clearTextAuthentication(server: shown)) }
        let mechanisms = Set(
            hello.extensions.filter { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }
                .flatMap { $0.dropFirst(5).split(separator: " ").map(String.init) })
        let answer: SMTPReply
        if mechanisms.contains("PLAIN") {
            answer = try await command("AUTH PLAIN " + Self.base64("\0\(user)\0\(password)"), secret: true)
        } else if mechanisms.contains("LOGIN") {
            let first = try await command("AUTH LOGIN")
            guard first.code == 334 else { throw Self.authenticationFailure(first, shown) }
            let second = try await command(Self.base64(user), secret: true)
            guard second.code == 334 else { throw Self.authenticationFailure(second, shown) }
            answer = try await command(Self.base64(password), secret: true)
        } else {
            throw SMTPFailure.refused(.noAuthentication(server: shown))
        }
        guard answer.code == 235 else { throw Self.authenticationFailure(answer, shown) }
    }

    private static func authenticationFailure(_ reply: SMTPReply, _ server: String) -> SMTPFailure {
        reply.isTransient
            ? .connection("authentication: \(reply.summary)") : .refused(.authentication(server: server, reply: reply.summary))
    }

    private mutating func ehlo() async throws -> SMTPReply {
        let reply = try await command("EHLO \(settings.clientName)")
        guard reply.code == 250 else { throw SMTPFailure.connection("EHLO refused: \(reply.summary)") }
        return reply
    }

    private mutating func startTLS() async throws {
        let context = try settings.tlsContext()
        let name = Self.serverName(settings.server.host)
        let channel = self.channel
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: name), position: .first)
        }.get()
        isEncrypted = true
    }

    /// SNI and the certificate's name: the host, unless it is an IP address (then NIOSSL checks
    /// the address itself).
    private static func serverName(_ host: String) -> String? {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 ? nil : host
    }

    // MARK: Messages

    /// Sends one message. `beforeFinalDot` runs once the server has taken the whole text and
    /// only the terminating `.` is left: the outbox records there that the message may now
    /// be delivered. Throws `transient` (4xx) or `permanent` (5xx) after a RSET, so the session
    /// can go on; `connection` when it cannot.
    mutating func send(from sender: String, to recipient: String, data: [UInt8], beforeFinalDot: () async throws -> Void) async throws {
        for address in [sender, recipient] where address.contains(where: { "\r\n<> ".contains($0) }) || address.isEmpty {
            throw SMTPFailure.permanent("not a mail address: \(address.debugDescription)")
        }
        try await expect(command("MAIL FROM:<\(sender)>"), [250])
        try await expect(command("RCPT TO:<\(recipient)>"), [250, 251])
        try await expect(command("DATA"), [354])
        try await write(SMTPData.stuffed(data))
        try await beforeFinalDot()
        try await write(SMTPData.terminator)
        try await expect(read(), [250])
    }

    private mutating func expect(_ reply: SMTPReply, _ codes: Set<Int>) async throws {
        guard !codes.contains(reply.code) else { return }
        if reply.code == 421 { throw SMTPFailure.connection(reply.summary) }
        _ = try? await command("RSET")
        throw reply.isTransient ? SMTPFailure.transient(reply.summary) : SMTPFailure.permanent(reply.summary)
    }

    private mutating func quit() async {
        _ = try? await command("QUIT")
    }

    // MARK: Wire

    /// Writes one command line and reads its reply. `secret`: the line holds credentials; it
    /// never appears in an error.
    private mutating func command(_ line: String, secret: Bool = false) async throws -> SMTPReply {
        guard !line.contains("\r"), !line.contains("\n") else { throw SMTPFailure.permanent("a command with a line break") }
        try await write(Array((line + "\r\n").utf8))
        return try await read()
    }

    private mutating func write(_ bytes: [UInt8]) async throws {
        do {
            try await outbound.write(ByteBuffer(bytes: bytes))
        } catch {
            // Why the connection closed (a TLS alert, a reset) waits in the inbound stream.
            do { _ = try await replies.next() } catch { throw SMTPFailure.connection(Self.describe(error)) }
            throw SMTPFailure.connection("the connection dropped while writing: \(Self.describe(error))")
        }
    }

    private mutating func read() async throws -> SMTPReply {
        let reply: SMTPReply?
        do {
            reply = try await replies.next()
        } catch let failure as SMTPFailure {
            throw failure
        } catch {
            throw SMTPFailure.connection(Self.describe(error))
        }
        guard let reply else { throw SMTPFailure.connection("the server closed the connection") }
        return reply
    }

    private static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    /// A short text for an error from NIO or NIOSSL.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let failure as SMTPFailure: return failure.text
        case ChannelError.connectTimeout(let amount): return "no answer within \(amount.nanoseconds / 1_000_000_000) s"
        case let error as NIOConnectionError:
            let reasons = error.connectionErrors.map { String(describing: $0.error) }
            return reasons.isEmpty ? String(describing: error) : reasons.joined(separator: "; ")
        case let error as NIOSSLError: return "TLS: \(error)"
        default: return String(describing: error)
        }
    }
}
