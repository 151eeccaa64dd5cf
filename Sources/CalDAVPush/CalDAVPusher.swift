import Bilingual
import Foundation
import NIOHTTP1

/// Pushes feeds into calendar collections `BASE/FEED/` of a CalDAV server (RFC 4791), one
/// resource per event UID (`CalDAVResourceName`), so that a moved event is updated in place and
/// nothing is duplicated.
///
/// Per feed: PROPFIND (Depth 0) finds the collection, MKCALENDAR makes it when missing; PROPFIND
/// (Depth 1) lists its ETags; `CalDAVPushPlan` decides; then each PUT (`If-None-Match: *` or
/// `If-Match`) and DELETE (`If-Match`) is recorded in the state store before it is sent (as
/// pending) and after its answer (with the server's ETag), so an interrupted push resumes and
/// converges. What someone else changed is reported, not overwritten (unless `overwrite`).
/// A 401 or no answer at all (the same server for every feed) stops the whole push; any other
/// failure stops that feed's push only.
package struct CalDAVPusher: Sendable {
    package var target: CalDAVTarget
    package var store: any CalDAVStateStore
    package var overwrite: Bool
    /// The language of the errors in the report.
    package var language: Language

    package init(target: CalDAVTarget, store: any CalDAVStateStore, overwrite: Bool = false, language: Language) {
        self.target = target
        self.store = store
        self.overwrite = overwrite
        self.language = language
    }

    /// Pushes each feed (file name, text) in turn. Throws only when no connection can be set up
    /// (the certificate authorities cannot be read); every other failure is in the report.
    package func push(_ feeds: [(name: String, text: String)]) async throws(CalDAVPushError) -> CalDAVPushReport {
        let connection = try CalDAVConnection(target: target)
        var reports: [CalDAVPushReport.Feed] = []
        var stop: CalDAVPushError?
        for (name, text) in feeds {
            var report = CalDAVPushReport.Feed(feed: name, collection: target.collectionPath(feed: name))
            if let stop {
                report.error = stop.rendered(in: language)
            } else {
                do throws(CalDAVPushError) {
                    try await push(name: name, text: text, connection: connection, report: &report)
                } catch {
                    report.error = error.rendered(in: language)
                    switch error {
                    case .unauthorized, .transport, .tls: stop = error
                    default: break
                    }
                }
            }
            reports.append(report)
        }
        await connection.shutdown()
        return CalDAVPushReport(server: target.shown, feeds: reports)
    }

    private func push(
        name: String, text: String, connection: CalDAVConnection, report: inout CalDAVPushReport.Feed
    ) async throws(CalDAVPushError) {
        let collectionPath = target.collectionPath(feed: name)
        let collection = target.origin + collectionPath
        try await ensureCollection(collectionPath, displayName: FeedResourceSplitter.displayName(of: text) ?? name, connection: connection)
        let listing = try await etags(in: collectionPath, connection: connection)
        let records = try await store.records(collection: collection)
        let resources = Dictionary(
            FeedResourceSplitter.resources(in: text).map { (collectionPath + $0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let plan = CalDAVPushPlan(
            wanted: resources.map { .init(href: $0.key, uid: $0.value.uid, contentHash: $0.value.contentHash) }, listing: listing,
            records: records, overwrite: overwrite)
        report.unchanged = plan.unchanged.count
        report.conflicts = plan.conflicts
        report.foreign = plan.foreign
        for href in plan.forgotten { try await store.remove(collection: collection, href: href) }
        for step in plan.steps {
            let href: String
            let uid: String
            switch step {
            case .create(let stepHref, let stepUID), .update(let stepHref, let stepUID, _), .delete(let stepHref, let stepUID, _):
                (href, uid) = (stepHref, stepUID)
            }
            let previous = records[href]
            var pending =
                previous ?? CalDAVResourceRecord(collection: collection, href: href, uid: uid, etag: nil, contentHash: nil, pending: true)
            pending.pending = true
            try await store.save(pending)
            let answer: CalDAVConnection.Answer
            switch step {
            case .create, .update:
                guard let resource = resources[href] else { continue }
                var headers = [("Content-Type", "text/calendar; charset=utf-8")]
                if case .update(_, _, let etag) = step {
                    headers.append(("If-Match", etag))
                } else {
                    headers.append(("If-None-Match", "*"))
                }
                answer = try await connection.send(.PUT, path: href, headers: headers, body: resource.text)
                if (200..<300).contains(answer.status) {
                    var etag = answer.etag
                    if etag == nil { etag = try await etags(of: href, connection: connection) }
                    try await store.save(
                        CalDAVResourceRecord(
                            collection: collection, href: href, uid: uid, etag: etag, contentHash: resource.contentHash,
                            pending: etag == nil))
                    if case .create = step { report.created += 1 } else { report.updated += 1 }
                    continue
                }
            case .delete(_, _, let etag):
                answer = try await connection.send(.DELETE, path: href, headers: [("If-Match", etag)])
                if (200..<300).contains(answer.status) || answer.status == 404 {
                    try await store.remove(collection: collection, href: href)
                    report.deleted += 1
                    continue
                }
            }
            if answer.status == 412 {
                if let previous { try await store.save(previous) } else { try await store.remove(collection: collection, href: href) }
                report.conflicts.append(CalDAVConflict(href: href, uid: uid, reason: .preconditionFailed))
                continue
            }
            if answer.status == 403 { throw .forbidden(target.origin + href) }
            throw .status(method: Self.name(of: step), url: target.origin + href, code: answer.status)
        }
        report.conflicts.sort { $0.href < $1.href }
    }

    private static func name(of step: CalDAVPushPlan.Step) -> String {
        if case .delete = step { return "DELETE" }
        return "PUT"
    }

    /// Finds the collection, or makes it (MKCALENDAR) when the server has nothing there.
    private func ensureCollection(_ path: String, displayName: String, connection: CalDAVConnection) async throws(CalDAVPushError) {
        let url = target.origin + path
        let found = try await connection.send(
            HTTPMethod.RAW(value: "PROPFIND"), path: path, headers: [("Depth", "0"), ("Content-Type", "application/xml; charset=utf-8")],
            body: DAVRequestBody.resourceType)
        switch found.status {
        case 207:
            let listing = try multistatus(found, url: url)
            guard listing.resources.contains(where: \.isCalendar) else { throw .notACalendar(url) }
        case 404:
            let made = try await connection.send(
                .MKCALENDAR, path: path, headers: [("Content-Type", "application/xml; charset=utf-8")],
                body: DAVRequestBody.makeCalendar(displayName: displayName))
            guard made.status == 201 else {
                if made.status == 403 { throw .forbidden(url) }
                throw .status(method: "MKCALENDAR", url: url, code: made.status)
            }
        case 403:
            throw .forbidden(url)
        default:
            throw .status(method: "PROPFIND", url: url, code: found.status)
        }
    }

    /// The ETags of the collection's members, by path.
    private func etags(in path: String, connection: CalDAVConnection) async throws(CalDAVPushError) -> [String: String] {
        let url = target.origin + path
        let answer = try await connection.send(
            HTTPMethod.RAW(value: "PROPFIND"), path: path, headers: [("Depth", "1"), ("Content-Type", "application/xml; charset=utf-8")],
            body: DAVRequestBody.etag)
        guard answer.status == 207 else { throw .status(method: "PROPFIND", url: url, code: answer.status) }
        let collection = Multistatus.path(of: path)
        var etags: [String: String] = [:]
        for resource in try multistatus(answer, url: url).resources where !resource.isCollection {
            guard resource.href.hasPrefix(collection), resource.href != collection else { continue }
            etags[resource.href] = resource.etag ?? ""
        }
        return etags
    }

    /// The ETag of one resource, for servers that answer a PUT without one.
    private func etags(of href: String, connection: CalDAVConnection) async throws(CalDAVPushError) -> String? {
        let answer = try await connection.send(
            HTTPMethod.RAW(value: "PROPFIND"), path: href, headers: [("Depth", "0"), ("Content-Type", "application/xml; charset=utf-8")],
            body: DAVRequestBody.etag)
        guard answer.status == 207 else { return nil }
        return try multistatus(answer, url: target.origin + href).resources.first?.etag
    }

    private func multistatus(_ answer: CalDAVConnection.Answer, url: String) throws(CalDAVPushError) -> Multistatus {
        do {
            return try Multistatus(answer.body)
        } catch let error as Multistatus.Unreadable {
            throw .response(url, reason: error.reason)
        } catch {
            throw .response(url, reason: String(describing: error))
        }
    }
}
