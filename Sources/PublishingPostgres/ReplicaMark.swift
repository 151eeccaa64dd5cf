/// Where a copy of the ledger stands: its last publication and its highest event version.
package struct ReplicaMark: Sendable, Hashable {
    package var publicationID: Int64
    package var publishedAt: Int64
    package var lastVersionID: Int64
}
