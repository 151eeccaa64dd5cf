import Foundation
import NIOSSL

/// How to reach the SMTP server: its address, the password (from the URL or an environment
/// variable, never printed), the authorities its certificate is checked against, and time limits.
public struct SMTPSettings: Sendable, CustomStringConvertible, CustomReflectable {
    public static let defaultPasswordVariable = "JUMELAGE_SMTP_PASSWORD"

    public var server: SMTPServerAddress
    /// The password for `server.user`; nil without a user.
    var password: String?
    /// PEM file of the authority that signs the server's certificate; nil: the system's roots.
    public var certificateAuthorityFile: String?
    public var connectTimeout: Duration
    /// No byte from the server for this long while a reply is awaited: the session is dropped.
    public var replyTimeout: Duration
    /// The name this client gives in EHLO.
    public var clientName: String

    /// The password comes from the URL when it holds one, else from `environment[passwordVariable]`
    /// when the URL names a user; a user without a password is refused here, before anything is sent.
    public init(
        server: SMTPServerAddress, passwordVariable: String = defaultPasswordVariable, environment: [String: String],
        certificateAuthorityFile: String? = nil, connectTimeout: Duration = .seconds(10), replyTimeout: Duration = .seconds(60),
        clientName: String = "localhost"
    ) throws(DeliveryError) {
        self.server = server
        if server.user != nil {
            guard let password = server.password ?? environment[passwordVariable].flatMap({ $0.isEmpty ? nil : $0 }) else {
                throw .missingPassword(variable: passwordVariable)
            }
            self.password = password
        }
        self.certificateAuthorityFile = certificateAuthorityFile
        self.connectTimeout = connectTimeout
        self.replyTimeout = replyTimeout
        self.clientName = clientName
        if let certificateAuthorityFile { _ = try tlsContext(certificateAuthorityFile) }
    }

    public var description: String { "SMTPSettings(\(server.redacted))" }
    /// `dump` and the debugger show the redacted URL, never the password.
    public var customMirror: Mirror { Mirror(self, children: ["server": server.redacted]) }

    /// The client TLS context: TLS 1.2 or later, the certificate checked against the system's
    /// roots or the given authority, and its name against the host.
    func tlsContext(_ authorityFile: String? = nil) throws(DeliveryError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        let file = authorityFile ?? certificateAuthorityFile
        do {
            if let file {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(file))
            }
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw .certificateAuthority(path: file ?? "-", reason: String(describing: error))
        }
    }
}
