import Foundation

/// Where and as whom feeds are pushed: the `--caldav` address without its password, the
/// password apart (never printed), and how far to trust the connection.
package struct CalDAVTarget: Sendable {
    /// `http` or `https`.
    package var scheme: String
    package var host: String
    package var port: Int?
    /// The path of the folder the feeds' collections go into, percent-decoded, with a final `/`.
    package var basePath: String
    package var user: String?
    package var password: String?
    /// A PEM file of the certificate authorities to trust instead of the system's.
    package var certificateAuthorityFile: String?
    /// Seconds each request may take, connection included.
    package var requestTimeout: Int = 30

    /// Reads `address` (`https://user[:password]@host[:port]/path/`). The password comes from the
    /// address, else from `environment[passwordVariable]`. Plain http is accepted only to a
    /// loopback host (127.0.0.0/8, ::1, localhost) unless `allowInsecure`: the password would
    /// cross the network in clear text. Throws `CalDAVPushError.address` or `.insecure`.
    package init(
        address: String, passwordVariable: String, environment: [String: String], allowInsecure: Bool = false,
        certificateAuthorityFile: String? = nil
    ) throws(CalDAVPushError) {
        let shown = Self.redacted(address)
        guard let components = URLComponents(string: address), let scheme = components.scheme?.lowercased() else {
            throw .address(shown, .notAnAddress)
        }
        guard scheme == "https" || scheme == "http" else { throw .address(shown, .scheme) }
        guard let host = components.host, !host.isEmpty else { throw .address(shown, .noHost) }
        guard components.query == nil, components.fragment == nil else { throw .address(shown, .queryOrFragment) }
        if let port = components.port, !(1...65_535).contains(port) { throw .address(shown, .port) }
        let path = components.path
        guard !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else { throw .address(shown, .dotSegments) }
        self.scheme = scheme
        self.host = host
        self.port = components.port
        self.basePath = path.hasSuffix("/") ? path : path + "/"
        self.user = components.user.flatMap { $0.isEmpty ? nil : $0 }
        self.password = components.password ?? environment[passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
        if user != nil, password == nil { throw .noPassword(shown, variable: passwordVariable) }
        if user == nil, components.password != nil { throw .address(shown, .passwordWithoutUser) }
        if scheme == "http", !allowInsecure, !Self.isLoopback(host) { throw .insecure(shown) }
        self.certificateAuthorityFile = certificateAuthorityFile
    }

    /// `scheme://host[:port]`.
    package var origin: String {
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(bracketed)" + (port.map { ":\($0)" } ?? "")
    }

    /// The address as it may be shown: the user, never the password.
    package var shown: String {
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://" + (user.map { "\($0)@" } ?? "") + bracketed + (port.map { ":\($0)" } ?? "") + basePath
    }

    /// The path of a feed's collection: `BASE/FEED/` for `FEED.ics`.
    package func collectionPath(feed fileName: String) -> String {
        let stem = fileName.hasSuffix(".ics") ? String(fileName.dropLast(4)) : fileName
        return basePath + stem + "/"
    }

    /// `Basic …` for the user and password, nil without a user.
    var authorization: String? {
        guard let user, let password else { return nil }
        return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    /// `address` with any password replaced by `***`: what errors and reports may show.
    package static func redacted(_ address: String) -> String {
        guard let schemeEnd = address.range(of: "://") else { return address }
        let rest = address[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return address }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return address }
        return String(address[..<schemeEnd.upperBound]) + userInfo[..<colon] + ":***" + rest[at...]
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
