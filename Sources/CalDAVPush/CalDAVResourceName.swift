import Crypto
import Foundation

/// The name of an event's resource in a collection, from its UID alone: the same UID always
/// gives the same name, so a moved event is updated in place.
package enum CalDAVResourceName {
    /// `UID.ics` when the UID is made of letters, digits, `-`, `_` and `.` (not first), at most
    /// 200 characters; otherwise `uid-` and 32 hexadecimal digits of the UID's SHA-256, `.ics`.
    package static func name(forUID uid: String) -> String {
        let safe = uid.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
        if safe, !uid.isEmpty, uid.count <= 200, !uid.hasPrefix(".") {
            return uid + ".ics"
        }
        let digest = SHA256.hash(data: Data(uid.utf8)).map { String(format: "%02x", $0) }.joined()
        return "uid-" + digest.prefix(32) + ".ics"
    }
}
