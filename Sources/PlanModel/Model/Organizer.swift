import YAMLReading

/// The coordinators' office that sends invitations (`organizer: {name: …, email: …}`): the
/// ORGANIZER of every invitation and the From of its email.
public struct Organizer: Hashable, Sendable {
    public var name: String?
    public var email: String
    public var location: SourceLocation

    package init(name: String?, email: String, location: SourceLocation) {
        self.name = name
        self.email = email
        self.location = location
    }
}

/// What a plan accepts as an email address: `local@domain.tld`, nothing that could break a
/// header or a `mailto:` URI (spaces, controls, `<>()[]\,;:"?#%/`), one `@`, a domain of at least
/// two non-empty labels. A plausible shape, not a deliverability check.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        guard text.utf8.count <= 254 else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64 else { return false }
        let forbidden = Set(" <>()[]\\,;:\"?#%/".unicodeScalars)
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !forbidden.contains($0) }) else {
            return false
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
            && !parts[0].hasPrefix(".") && !parts[0].hasSuffix(".") && !parts[0].contains("..")
    }
}
