import Bilingual
import CalDAVPush
import Foundation
import Publishing
import Synchronization

/// The push of a publication's feeds to CalDAV, run from the synchronous command line.
enum CalDAVPublication {
    /// Pushes the feeds named in `report` (read from `folder`), remembering what was pushed in the
    /// SQLite file `ledgerPath`. Blocks until done.
    static func push(
        _ report: PublicationReport, folder: String, target: CalDAVTarget, ledgerPath: String, overwrite: Bool, language: Language
    ) throws(CalDAVPushError) -> CalDAVPushReport {
        let store = try SQLiteCalDAVStateStore(path: ledgerPath)
        let pusher = CalDAVPusher(target: target, store: store, overwrite: overwrite, language: language)
        let names = report.feeds.map(\.name)
        let outcome = Mutex<Result<CalDAVPushReport, CalDAVPushError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result: Result<CalDAVPushReport, CalDAVPushError>
            do throws(CalDAVPushError) {
                result = .success(try await pusher.push(folder: folder, feeds: names))
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0 }!.get()
    }
}
