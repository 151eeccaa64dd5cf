/// The requests that bring one collection in line with a feed, decided from the server's listing
/// (href → ETag), our records and the feed's resources, before any request is sent.
///
/// For a resource of the feed: absent from the server and never written → create
/// (`If-None-Match: *`); written by us with the server's ETag still ours → unchanged when the
/// content hash is the same, else update (`If-Match`); a write of ours interrupted before its
/// answer was recorded (`pending`) → written again, conditionally on what the server has now.
/// For a resource we wrote that left the feed: delete (`If-Match`). Anything else someone else
/// did is a conflict (or, on a resource we never wrote, `foreign`), left alone unless `overwrite`.
package struct CalDAVPushPlan: Sendable, Equatable {
    package enum Step: Sendable, Hashable {
        /// PUT with `If-None-Match: *`.
        case create(href: String, uid: String)
        /// PUT with `If-Match: etag`.
        case update(href: String, uid: String, etag: String)
        /// DELETE with `If-Match: etag`.
        case delete(href: String, uid: String, etag: String)
    }

    /// A resource of the feed, where it goes and what it holds.
    package struct Wanted: Sendable, Hashable {
        package var href: String
        package var uid: String
        package var contentHash: String

        package init(href: String, uid: String, contentHash: String) {
            self.href = href
            self.uid = uid
            self.contentHash = contentHash
        }
    }

    /// Deletions first, then creations, then updates, each by href.
    package var steps: [Step] = []
    /// Hrefs of resources already as the feed has them.
    package var unchanged: [String] = []
    package var conflicts: [CalDAVConflict] = []
    /// Hrefs of resources of the collection that we never wrote and the feed does not need.
    package var foreign: [String] = []
    /// Hrefs of records of resources gone from both the server and the feed: forgotten.
    package var forgotten: [String] = []

    package init(
        wanted: [Wanted], listing: [String: String], records: [String: CalDAVResourceRecord], overwrite: Bool = false
    ) {
        var deletions: [Step] = []
        var creations: [Step] = []
        var updates: [Step] = []
        let wantedHrefs = Set(wanted.map(\.href))
        for item in wanted.sorted(by: { $0.href < $1.href }) {
            let serverETag = listing[item.href]
            let record = records[item.href]
            let conflict: CalDAVConflict.Reason?
            switch (record, serverETag) {
            case (nil, nil):
                conflict = nil
                creations.append(.create(href: item.href, uid: item.uid))
            case (nil, let etag?):
                conflict = .notPushedByUs
                if overwrite { updates.append(.update(href: item.href, uid: item.uid, etag: etag)) }
            case (let record?, nil):
                conflict = record.pending || record.etag == nil ? nil : .deletedOnServer
                if conflict == nil || overwrite { creations.append(.create(href: item.href, uid: item.uid)) }
            case (let record?, let etag?):
                if record.pending || record.etag == nil {
                    conflict = nil
                    updates.append(.update(href: item.href, uid: item.uid, etag: etag))
                } else if record.etag == etag {
                    conflict = nil
                    if record.contentHash == item.contentHash {
                        unchanged.append(item.href)
                    } else {
                        updates.append(.update(href: item.href, uid: item.uid, etag: etag))
                    }
                } else {
                    conflict = .changedOnServer
                    if overwrite { updates.append(.update(href: item.href, uid: item.uid, etag: etag)) }
                }
            }
            if let conflict, !overwrite { conflicts.append(CalDAVConflict(href: item.href, uid: item.uid, reason: conflict)) }
        }
        for (href, etag) in listing.sorted(by: { $0.key < $1.key }) where !wantedHrefs.contains(href) {
            guard let record = records[href] else {
                foreign.append(href)
                continue
            }
            if record.pending || record.etag == nil || record.etag == etag || overwrite {
                deletions.append(.delete(href: href, uid: record.uid, etag: etag))
            } else {
                conflicts.append(CalDAVConflict(href: href, uid: record.uid, reason: .changedOnServer))
            }
        }
        forgotten = records.keys.filter { listing[$0] == nil && !wantedHrefs.contains($0) }.sorted()
        steps = deletions + creations + updates
    }
}
