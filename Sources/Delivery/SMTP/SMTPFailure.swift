/// What went wrong talking to the SMTP server, as the outbox acts on it.
enum SMTPFailure: Error, Hashable, Sendable {
    /// A 4xx reply: try this message again later.
    case transient(String)
    /// A 5xx reply: this message will never go through as it is.
    case permanent(String)
    /// No server, a timeout, a TLS failure, a dropped connection: the session is over; try again later.
    case connection(String)
    /// The server cannot be used as configured (credentials refused, no TLS for a password):
    /// nothing is sent and nothing is retried until the settings change.
    case refused(DeliveryError)

    /// Recorded as the outbox row's last error; the server's words and ours, never a secret.
    var text: String {
        switch self {
        case .transient(let text), .permanent(let text), .connection(let text): text
        case .refused(let error): error.message.en
        }
    }
}
