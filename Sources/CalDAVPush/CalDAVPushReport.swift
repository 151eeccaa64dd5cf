import Bilingual

/// What a push did to each feed's collection.
package struct CalDAVPushReport: Sendable, Hashable, Codable {
    package struct Feed: Sendable, Hashable, Codable {
        /// The feed's file name (`quebec-namur-public.ics`).
        package var feed: String
        /// The collection's path on the server.
        package var collection: String
        package var created = 0
        package var updated = 0
        package var deleted = 0
        package var unchanged = 0
        package var conflicts: [CalDAVConflict] = []
        /// Hrefs of resources in the collection that Jumelage never wrote: left alone.
        package var foreign: [String] = []
        /// Why this feed's push stopped, in the report's language; what was done before stays done.
        package var error: String?

        package init(feed: String, collection: String) {
            self.feed = feed
            self.collection = collection
        }
    }

    /// The `--caldav` address, without the password.
    package var server: String
    package var feeds: [Feed]

    package init(server: String, feeds: [Feed]) {
        self.server = server
        self.feeds = feeds
    }

    /// Some feed could not be pushed whole.
    package var failed: Bool { feeds.contains { $0.error != nil } }

    package var conflictCount: Int { feeds.reduce(0) { $0 + $1.conflicts.count } }

    package func rendered(in language: Language) -> String {
        let fr = language == .fr
        var text = "CalDAV \(server)" + (fr ? " :\n" : ":\n")
        for feed in feeds {
            let counts =
                fr
                ? "\(feed.created) créés, \(feed.updated) mis à jour, \(feed.deleted) supprimés, \(feed.unchanged) inchangés"
                : "\(feed.created) created, \(feed.updated) updated, \(feed.deleted) deleted, \(feed.unchanged) unchanged"
            text += "  \(feed.feed)" + (fr ? " : " : ": ") + counts
            if !feed.conflicts.isEmpty {
                text += fr ? ", \(feed.conflicts.count) conflits" : ", \(feed.conflicts.count) conflicts"
            }
            text += "\n"
            for conflict in feed.conflicts {
                text += "    " + (fr ? "conflit : " : "conflict: ") + conflict.rendered(in: language) + "\n"
            }
            for href in feed.foreign {
                text += "    " + (fr ? "hors Jumelage, laissé tel quel : " : "not from Jumelage, left as it is: ") + href + "\n"
            }
            if let error = feed.error {
                text += "    " + error.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
            }
        }
        return text
    }
}
