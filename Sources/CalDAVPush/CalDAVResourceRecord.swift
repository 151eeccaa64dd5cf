/// What was pushed to one resource of one collection.
package struct CalDAVResourceRecord: Sendable, Hashable, Codable {
    /// The collection's address without credentials: `scheme://host[:port]/path/FEED/`.
    package var collection: String
    /// The resource's path on the server.
    package var href: String
    package var uid: String
    /// The server's ETag for what we last wrote, as the server wrote it (quotes included); nil
    /// until a write is confirmed.
    package var etag: String?
    /// `CalDAVResource.contentHash` of what we last wrote; nil until a write is confirmed.
    package var contentHash: String?
    /// A PUT or DELETE was sent and its answer not recorded (the push was interrupted): the
    /// server's current state of this resource is taken as ours on the next push.
    package var pending: Bool

    package init(collection: String, href: String, uid: String, etag: String?, contentHash: String?, pending: Bool) {
        self.collection = collection
        self.href = href
        self.uid = uid
        self.etag = etag
        self.contentHash = contentHash
        self.pending = pending
    }
}
