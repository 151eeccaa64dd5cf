/// Where the push remembers, per collection and resource, what it wrote and the ETag the server
/// gave it. Each call is one transaction, made right after the request it follows, so that an
/// interrupted push resumes from what the server really has.
package protocol CalDAVStateStore: Sendable {
    /// Every record of `collection`, by href.
    func records(collection: String) async throws(CalDAVPushError) -> [String: CalDAVResourceRecord]
    /// Inserts or replaces the record of (`record.collection`, `record.href`).
    func save(_ record: CalDAVResourceRecord) async throws(CalDAVPushError)
    /// Forgets the record of (`collection`, `href`); nothing when there is none.
    func remove(collection: String, href: String) async throws(CalDAVPushError)
}
