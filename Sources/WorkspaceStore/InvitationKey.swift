/// The signing key of invitation links, as the stores keep it.
package enum InvitationKey {
    /// Its name in the stores' table of secrets.
    package static let name = "invitation-links"

    /// 32 bytes from the system's cryptographic source.
    package static func random() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
