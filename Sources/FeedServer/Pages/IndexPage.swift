import Hummingbird
import Mustache
import Publishing

/// `/`: the public feeds, with `webcal://` and Google Calendar "add by URL" links, in French and
/// English, rendered from `IndexTemplate` by Mustache (HTML-escaped).
struct IndexPage: Sendable {
    struct Publication {
        var id: Int64
        var publishedAt: String
    }

    struct Entry {
        var title: String
        var name: String
        var events: Int
        var webcal: String
        var google: String
        var download: String
    }

    struct Content {
        var publication: Publication?
        var feeds: [Entry]
        var signIn: Bool
    }

    let template: MustacheTemplate
    /// `https://calendars.example.org` when the server sits behind a proxy; nil: the request's Host.
    let baseURL: String?
    let fallbackHost: String
    /// Whether `/` links to the workspace's sign-in.
    let showsSignIn: Bool

    init(baseURL: String?, fallbackHost: String, showsSignIn: Bool = false) throws {
        self.showsSignIn = showsSignIn
        template = try MustacheTemplate(string: IndexTemplate.source)
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.fallbackHost = fallbackHost
    }

    func render(_ snapshot: FeedSnapshot?, host requestHost: String?) -> String {
        let origin: (scheme: String, host: String)
        if let baseURL, let range = baseURL.range(of: "://") {
            origin = (String(baseURL[..<range.lowerBound]), String(baseURL[range.upperBound...]))
        } else {
            origin = ("http", requestHost.flatMap(Self.validHost) ?? fallbackHost)
        }
        let feeds = (snapshot?.publicFeeds ?? []).map { feed -> Entry in
            let path = "\(origin.host)/feeds/\(feed.name)"
            let webcal = "webcal://\(path)"
            return Entry(
                title: feed.title, name: feed.name, events: feed.eventCount, webcal: webcal,
                google: "https://calendar.google.com/calendar/r?cid=\(webcal)", download: "\(origin.scheme)://\(path)")
        }
        let publication = snapshot.map { Publication(id: $0.publication, publishedAt: PublicationManifest.timestamp($0.publishedAt)) }
        return template.render(Content(publication: publication, feeds: feeds, signIn: showsSignIn))
    }

    /// A Host header is the client's word: only a plain host name or address with a port is used.
    static func validHost(_ host: String) -> String? {
        guard !host.isEmpty, host.utf8.count <= 255,
            host.utf8.allSatisfy({ byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2E || byte == 0x2D || byte == 0x3A || byte == 0x5B || byte == 0x5D
            })
        else { return nil }
        return host
    }
}
