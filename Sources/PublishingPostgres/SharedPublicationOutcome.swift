import Publishing

/// What a press of "publish" on the shared store did.
package enum SharedPublicationOutcome: Sendable {
    /// A new publication, recorded in the store.
    case published(PublicationReport)
    /// Nothing to publish: the store's last publication already has these plans, feeds and
    /// pages (such as when two coordinators press publish at once: the second finds the first's).
    case alreadyCurrent(PublicationReport)

    package var report: PublicationReport {
        switch self {
        case .published(let report), .alreadyCurrent(let report): report
        }
    }

    package var isNew: Bool {
        if case .published = self { return true }
        return false
    }
}
