import Bilingual
import CalDAVPush
import Publishing
import Synchronization

/// `jumelage workspace --caldav URL`: after each publication, its feeds are pushed to the CalDAV
/// server; the last push's report is kept (in memory) for the publish page.
package final class CalDAVPushHook: Sendable {
    package let target: CalDAVTarget
    package let overwrite: Bool
    private let lastReport = Mutex<CalDAVPushReport?>(nil)

    package init(target: CalDAVTarget, overwrite: Bool) {
        self.target = target
        self.overwrite = overwrite
    }

    /// The report of the last push since the server started; nil before the first.
    package var last: CalDAVPushReport? { lastReport.withLock { $0 } }

    /// Pushes the feeds of `publication` from `folder`, remembering what was pushed in the SQLite
    /// file `ledgerPath`. Never throws: a push that cannot start is a report whose feeds all carry
    /// the error; the publication stays as it is either way.
    @discardableResult
    package func push(_ publication: PublicationReport, folder: String, ledgerPath: String, language: Language) async -> CalDAVPushReport {
        let names = publication.feeds.map(\.name)
        let report: CalDAVPushReport
        do throws(CalDAVPushError) {
            let store = try SQLiteCalDAVStateStore(path: ledgerPath)
            let pusher = CalDAVPusher(target: target, store: store, overwrite: overwrite, language: language)
            report = try await pusher.push(folder: folder, feeds: names)
        } catch {
            report = CalDAVPushReport(
                server: target.shown,
                feeds: names.map { name in
                    var feed = CalDAVPushReport.Feed(feed: name, collection: target.collectionPath(feed: name))
                    feed.error = error.rendered(in: language)
                    return feed
                })
        }
        lastReport.withLock { $0 = report }
        return report
    }
}
