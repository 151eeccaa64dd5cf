import CalDAVPush
import Publishing

/// The publication's manifest with the push report beside it, for `--format json`.
struct PublicationWithPush: Encodable {
    var manifest: PublicationManifest
    var caldav: CalDAVPushReport

    private enum Key: String, CodingKey { case caldav }

    func encode(to encoder: Encoder) throws {
        try manifest.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(caldav, forKey: .caldav)
    }
}
