import Foundation

extension CalDAVPusher {
    /// Pushes the feeds `names` as published in `folder` (a name whose file is missing is
    /// skipped: it was not published there).
    package func push(folder: String, feeds names: [String]) async throws(CalDAVPushError) -> CalDAVPushReport {
        var feeds: [(name: String, text: String)] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            feeds.append((name, String(decoding: bytes, as: UTF8.self)))
        }
        return try await push(feeds)
    }
}
