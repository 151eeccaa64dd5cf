import Hummingbird
import WorkspaceCore

/// The cookies a request carries, and the `Set-Cookie` values the workspace sends.
package enum Cookies {
    package static let session = "jumelage_session"
    /// Before sign-in: the double-submit token of the sign-in and first-access forms.
    package static let formToken = "jumelage_form"
    package static let language = "jumelage_lang"

    package static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// HttpOnly, SameSite=Lax (links from mail still open the workspace), Secure when served over HTTPS.
    package static func setting(_ name: String, _ value: String, maxAge: Int?, secure: Bool, httpOnly: Bool = true) -> String {
        var cookie = "\(name)=\(value); Path=/; SameSite=Lax"
        if httpOnly { cookie += "; HttpOnly" }
        if secure { cookie += "; Secure" }
        if let maxAge { cookie += "; Max-Age=\(maxAge)" }
        return cookie
    }

    package static func clearing(_ name: String, secure: Bool) -> String { setting(name, "", maxAge: 0, secure: secure) }
}
