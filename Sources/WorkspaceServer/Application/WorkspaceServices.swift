import FeedServer
import Foundation
import Logging
import PublishingPostgres
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// What every route shares: the plans, the store, sign-in, the publication being served.
package struct WorkspaceServices: Sendable {
    package let workspace: PlanWorkspace
    package let store: any WorkspaceStore
    package let authentication: Authentication
    /// The feeds the workspace publishes, served at `/feeds/` as `jumelage serve` does.
    package let feeds: FeedStore
    package let publicationFolder: String
    package let ledgerPath: String
    /// With PostgreSQL: the shared ledger every server publishes into and serves from; nil on SQLite.
    package let sharedLedger: SharedLedger?
    /// `https://…` behind a proxy: links in mail and pages use it, and cookies are Secure.
    package let baseURL: String?
    package let logger: Logger
    /// The clock; tests replace it.
    package let now: @Sendable () -> Date
    /// The invitations' outbox, in the ledger's file, and the server it sends through (nil:
    /// publications queue no invitation).
    package let mail: WorkspaceMail
    /// Pushes each publication to CalDAV (`--caldav`); nil without.
    package var caldav: CalDAVPushHook?

    package init(
        workspace: PlanWorkspace, store: any WorkspaceStore, authentication: Authentication, feeds: FeedStore,
        publicationFolder: String, ledgerPath: String, sharedLedger: SharedLedger? = nil, baseURL: String?, logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }, mail: WorkspaceMail
    ) {
        self.workspace = workspace
        self.store = store
        self.authentication = authentication
        self.feeds = feeds
        self.publicationFolder = publicationFolder
        self.ledgerPath = ledgerPath
        self.sharedLedger = sharedLedger
        self.baseURL = baseURL
        self.logger = logger
        self.now = now
        self.mail = mail
    }

    package var secureCookies: Bool { baseURL?.lowercased().hasPrefix("https://") ?? false }
}
