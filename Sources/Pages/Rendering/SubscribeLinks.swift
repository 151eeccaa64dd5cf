/// The ways to subscribe to a feed published at `https://HOST/PATH.ics`.
struct SubscribeLinks: Sendable, Hashable {
    /// The feed over HTTP(S), to download.
    let https: String
    /// `webcal://HOST/PATH.ics`: calendar applications subscribe.
    let webcal: String
    /// Google Calendar's "add by URL" link.
    let google: String

    init(baseURL: String, feedsPath: String, fileName: String) {
        var base = baseURL
        if !base.hasSuffix("/") { base += "/" }
        var path = feedsPath
        while path.hasPrefix("/") { path.removeFirst() }
        if !path.isEmpty, !path.hasSuffix("/") { path += "/" }
        https = base + path + fileName
        let hostAndPath: Substring
        if let range = https.range(of: "://") {
            hostAndPath = https[range.upperBound...]
        } else {
            hostAndPath = Substring(https)
        }
        webcal = "webcal://" + hostAndPath
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/")
        let encoded = webcal.unicodeScalars.map { scalar -> String in
            allowed.contains(Character(scalar))
                ? String(scalar)
                : String(scalar).utf8.map { "%" + ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
        }.joined()
        google = "https://calendar.google.com/calendar/r?cid=" + encoded
    }
}
