/// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same UID, and the
/// UID reveals nothing of the name.
public enum StableIdentifier {
    /// The namespace of every Jumelage UID.
    static let namespace: [UInt8] = [
        0x6b, 0x1d, 0x3e, 0x52, 0x8f, 0x0a, 0x4c, 0x6e,
        0x9a, 0x47, 0x2e, 0x51, 0x0c, 0x8b, 0x93, 0xd4,
    ]

    public static func uuid(for name: String) -> String {
        var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let cuts = [8, 12, 16, 20]
        var result = ""
        for (offset, character) in hex.enumerated() {
            if cuts.contains(offset) { result.append("-") }
            result.append(character)
        }
        return result
    }

    /// The UID of an occurrence, or of a whole series written as one RRULE.
    public static func uid(planID: String, eventID: String) -> String {
        uuid(for: "\(planID)/\(eventID)")
    }
}
