import Crypto
import Foundation

/// One calendar object resource: a VCALENDAR holding one UID's components and the VTIMEZONEs
/// they use, as it is PUT into a calendar collection.
package struct CalDAVResource: Sendable, Hashable {
    package var uid: String
    /// The resource's name in its collection (`NAME.ics`), from `uid` (see `CalDAVResourceName`).
    package var name: String
    /// The VCALENDAR text, CRLF line ends.
    package var text: String

    package init(uid: String, name: String, text: String) {
        self.uid = uid
        self.name = name
        self.text = text
    }

    /// SHA-256 of `text`, lowercase hexadecimal: what the state store remembers as pushed.
    package var contentHash: String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
