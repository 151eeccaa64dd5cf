import Bilingual
import Hummingbird
import NIOCore

/// The server could not listen where it was asked: the port is taken, or the address is not
/// one of this machine's.
package struct ListenError: UserFacingError {
    var host: String
    var port: Int
    var reason: String

    package init(host: String, port: Int, reason: String) {
        self.host = host
        self.port = port
        self.reason = reason
    }

    package func rendered(in language: Language) -> String {
        language == .fr
            ? "erreur : impossible d'écouter sur \(host):\(port) : \(reason)\n  correction : choisissez un autre --port, ou une adresse de cette machine avec --host (127.0.0.1)"
            : "error: cannot listen on \(host):\(port): \(reason)\n  fix: choose another --port, or an address of this machine with --host (127.0.0.1)"
    }
}

/// Builds the application and runs it until it is stopped; a failure to listen is a `ListenError`.
package func serve(_ arguments: some ServerArguments) async throws {
    try await runListening(try await buildApplication(arguments), host: arguments.hostname, port: arguments.port)
}

/// Runs a server application until it is stopped; a failure to listen is a `ListenError`.
package func runListening(_ app: some ApplicationProtocol, host: String, port: Int) async throws {
    do {
        try await app.runService()
    } catch let error as IOError {
        throw ListenError(host: host, port: port, reason: error.description)
    } catch let error as SocketAddressError {
        throw ListenError(host: host, port: port, reason: String(describing: error))
    }
}
