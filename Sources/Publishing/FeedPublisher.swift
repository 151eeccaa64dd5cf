import Bilingual
import CivilTime
import FeedModel
import Foundation

/// Publishes a schedule's feeds into a folder, with the ledger's memory of what was published.
///
/// ## What subscribers see
/// Per feed and per UID, against the latest version in the ledger: an unchanged event keeps its
/// exact bytes (same SEQUENCE, DTSTAMP, LAST-MODIFIED); a change of DTSTART, DTEND, RRULE,
/// EXDATE, RDATE or STATUS gives SEQUENCE + 1; any change sets DTSTAMP and LAST-MODIFIED to the
/// publication time; an event gone from the plan stays as STATUS:CANCELLED, SEQUENCE + 1,
/// "ANNULÉ – "/"CANCELLED – " summary, until it is over; events over for more than
/// `keepPastDays` are left out, so feeds stay small.
///
/// ## Crash safety (a publication killed at any instant)
/// 1. Under an exclusive `flock` on the folder, the folder is first brought back in line with the
///    ledger's last publication (`OutputDirectoryRepair`): leftover temporaries are deleted, feeds
///    and `publication.json` that differ are rewritten from the bytes the ledger keeps.
/// 2. The new feeds are built in memory, written to hidden temporaries and fsynced.
/// 3. One SQLite transaction records the publication: its feeds' bytes, their event versions and
///    which versions each feed lists. This commit is the publication's only point of no return.
/// 4. The feeds are renamed into place, then `publication.json`, then the folder is fsynced.
///
/// Killed before 3: the ledger has nothing of it, the folder has the old feeds and temporaries
/// (removed by the next run). Killed during or after 4: the ledger has it whole; the folder has
/// some new feeds, maybe the old manifest; a server checks every feed against the manifest's
/// SHA-256 and keeps its last good snapshot, and the next `publish` rewrites the folder from the
/// ledger (step 1) before doing anything else. Readers never see half a file: every file is
/// replaced by `rename`.
public struct FeedPublisher: Sendable {
    public var options: PublicationOptions

    public init(options: PublicationOptions) {
        self.options = options
    }

    public func publish(_ input: PublicationInput) throws(PublicationError) -> PublicationReport {
        var names = Set<String>()
        for name in input.feeds.map(\.fileName) + input.fixedFeeds.map(\.fileName) {
            guard FeedName.isValid(name) else { throw .render(feed: name, reason: "not a feed file name") }
            guard names.insert(name).inserted else { throw .duplicateFeed(name) }
        }
        let directory = options.outputDirectory
        do {
            try AtomicFileWriter.makeFolder(directory)
        } catch let error as AtomicFileWriter.WriteError {
            throw .write(path: error.path, reason: error.reason)
        } catch {
            throw .write(path: directory, reason: error.localizedDescription)
        }
        let lock = try PublicationLock(directory: directory)
        defer { withExtendedLifetime(lock) {} }
        let ledger = try PublicationLedger(path: options.ledgerPath, shownAs: options.sharedStore)
        let repair = try OutputDirectoryRepair.run(ledger: ledger, directory: directory)
        let prepared = try prepare(input, ledger: ledger)
        return try write(prepared.feeds, ledger: ledger, plans: input.plans, publishedAt: prepared.publishedAt, repaired: repair.restored)
    }

    /// What a publication of `input` would change, feed by feed and event by event, without
    /// writing anything (the ledger is only read).
    public func preview(_ input: PublicationInput) throws(PublicationError) -> [PublicationReport.FeedSummary] {
        let ledger = try PublicationLedger(path: options.ledgerPath, shownAs: options.sharedStore)
        return try prepare(input, ledger: ledger).feeds.map(\.summary)
    }

    private func prepare(
        _ input: PublicationInput, ledger: PublicationLedger
    ) throws(PublicationError) -> (feeds: [Built], publishedAt: Int64) {
        let directory = options.outputDirectory

        let history = try ledger.latestFeedRecords()
        for (name, plan, audience) in input.feeds.map({ ($0.fileName, $0.planID, $0.audience) })
            + input.fixedFeeds.map({ ($0.fileName, $0.planID, $0.audience) })
        {
            if let earlier = history[name], !earlier.allows(plan: plan, audience: audience) {
                throw .feedNameTaken(
                    name, earlier: earlier.feedAudience.description, earlierPlan: earlier.planID,
                    now: audience.description, plan: plan)
            }
        }

        let last = try ledger.lastPublication()
        let lastFeeds = try last.flatMap(\.id).map { id throws(PublicationError) in try ledger.feeds(ofPublication: id) } ?? []
        let publishedAt = max(options.now.secondsSinceEpoch, (last?.publishedAt ?? Int64.min) + 1)
        var context = Context(
            ledger: ledger, lastPublicationID: last?.id,
            lastFeeds: Dictionary(lastFeeds.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            publishedAt: publishedAt)

        let languages = Dictionary(input.plans.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
        var feeds: [Built] = []
        var produced = Set<String>()
        for calendar in input.feeds {
            produced.insert(calendar.fileName)
            let language = options.language ?? calendar.planID.flatMap { languages[$0] } ?? .fr
            feeds.append(try build(calendar, language: language, context: &context))
        }
        for feed in input.fixedFeeds {
            produced.insert(feed.fileName)
            feeds.append(
                try adopt(feed.fileName, audience: feed.audience, planID: feed.planID, bytes: Data(feed.text.utf8), context: context))
        }
        let planIDs = Set(input.plans.map(\.id))
        for feed in lastFeeds where !produced.contains(feed.name) {
            if let planID = feed.planID, planIDs.contains(planID), let stored = StoredCalendar.decode(feed.calendar) {
                // The plan no longer makes this feed (a partner left): its events are cancelled.
                let language = options.language ?? feed.language.flatMap(Language.init(rawValue:)) ?? .fr
                let calendar = FeedCalendar(planID: planID, audience: feed.feedAudience, fileName: feed.name, calendar: stored.calendar)
                feeds.append(try build(calendar, language: language, context: &context))
            } else {
                feeds.append(try carry(feed, context: context))
            }
            produced.insert(feed.name)
        }
        for entry in Self.passThroughFeeds(in: directory) where !produced.contains(entry.name) {
            feeds.append(try adopt(entry.name, audience: entry.audience, context: context))
        }
        feeds.sort { $0.draft.record.name < $1.draft.record.name }
        return (feeds, publishedAt)
    }

    // MARK: Building

    struct Context {
        var ledger: PublicationLedger
        var lastPublicationID: Int64?
        var lastFeeds: [String: PublishedFeedRecord]
        var publishedAt: Int64
    }

    struct Built {
        var draft: PublicationDraft.Feed
        var summary: PublicationReport.FeedSummary
    }

    private func build(_ feedCalendar: FeedCalendar, language: Language, context: inout Context) throws(PublicationError) -> Built {
        let name = feedCalendar.fileName
        let previous = try context.ledger.latestVersions(feed: name)
        let members =
            try context.lastPublicationID.map { id throws(PublicationError) in
                try context.ledger.members(publication: id, feed: name)
            } ?? []
        let reconciler = FeedReconciler(
            publishedAt: Instant(secondsSinceEpoch: context.publishedAt),
            keepPastSeconds: Int64(options.keepPastDays) * 86_400, language: language)
        let reconciled = reconciler.reconcile(current: feedCalendar.calendar.events, previous: previous, lastMembers: members)
        var calendar = feedCalendar
        calendar.calendar.events = reconciled.events.map(\.event)
        let text: String
        do { text = try calendar.rendered().text } catch { throw .render(feed: name, reason: String(describing: error)) }
        let bytes = Data(text.utf8)
        let blocks = VEventBlocks.split(text)

        var draftMembers: [PublicationDraft.Member] = []
        var outcomes: [String: Int] = [:]
        var changes: [PublicationReport.EventChange] = []
        for item in reconciled.events {
            outcomes[item.outcome.rawValue, default: 0] += 1
            if item.outcome != .unchanged, item.outcome != .stillCancelled {
                changes.append(
                    .init(
                        uid: item.event.uid, summary: item.event.summary, outcome: item.outcome.rawValue, start: item.event.start.localDate)
                )
            }
            let block = blocks[item.event.uid] ?? ""
            if let reused = item.reusedVersionID, previous[item.event.uid]?.vevent == block {
                draftMembers.append(.init(uid: item.event.uid, existingVersionID: reused, newVersion: nil))
                continue
            }
            let stored = StoredEvent(item.event)
            let version = EventVersionRecord(
                id: nil, feed: name, uid: item.event.uid, sequence: item.event.sequence,
                scheduleHash: item.fingerprint.schedule, contentHash: item.fingerprint.content,
                start: stored.start.canonical, end: stored.end?.canonical, lastEnd: item.lastEnd.secondsSinceEpoch,
                status: stored.status, summary: item.event.summary, stamp: item.event.stamp.secondsSinceEpoch,
                event: stored.json(), vevent: block, publicationID: 0)
            draftMembers.append(.init(uid: item.event.uid, existingVersionID: nil, newVersion: version))
        }
        let sha = FileDigest.sha256(bytes)
        let last = context.lastFeeds[name]
        let record = PublishedFeedRecord(
            publicationID: 0, name: name, planID: feedCalendar.planID, visibility: feedCalendar.audience.visibility.rawValue,
            audience: feedCalendar.audience.description,
            sha256: sha, byteCount: bytes.count, eventCount: reconciled.events.count,
            modifiedAt: last?.sha256 == sha ? last!.modifiedAt : context.publishedAt,
            language: language.rawValue, calendar: StoredCalendar(feedCalendar.calendar).json())
        let summary = PublicationReport.FeedSummary(
            name: name, visibility: feedCalendar.audience.visibility, events: reconciled.events.count, bytes: bytes.count,
            changed: last?.sha256 != sha, outcomes: outcomes, droppedPast: reconciled.droppedPast.count,
            expired: reconciled.expired.count, carried: false, changes: changes)
        return Built(draft: .init(record: record, bytes: bytes, members: draftMembers, copyMembersFrom: nil), summary: summary)
    }

    /// A feed of a plan not given this time: the same bytes, the same events.
    private func carry(_ feed: PublishedFeedRecord, context: Context) throws(PublicationError) -> Built {
        let path = (options.outputDirectory as NSString).appendingPathComponent(feed.name)
        if feed.planID == nil, let bytes = FileManager.default.contents(atPath: path) {
            return try adopt(feed.name, audience: feed.feedAudience, bytes: bytes, context: context)
        }
        guard let bytes = try context.ledger.feedBytes(sha256: feed.sha256) else {
            throw .ledger(path: context.ledger.path, reason: "no bytes for \(feed.name) (\(feed.sha256))")
        }
        var record = feed
        record.publicationID = 0
        let summary = PublicationReport.FeedSummary(
            name: feed.name, visibility: feed.feedAudience.visibility, events: feed.eventCount, bytes: bytes.count,
            changed: false, outcomes: [:], droppedPast: 0, expired: 0, carried: true)
        return Built(
            draft: .init(record: record, bytes: bytes, members: [], copyMembersFrom: context.lastPublicationID),
            summary: summary)
    }

    /// A feed published as it is: given ready-made, or listed in the folder's `feeds.json` by
    /// `jumelage holidays --out` or `jumelage windows --out`.
    private func adopt(
        _ name: String, audience: FeedAudience, planID: String? = nil, bytes: Data? = nil, context: Context
    ) throws(PublicationError) -> Built {
        let path = (options.outputDirectory as NSString).appendingPathComponent(name)
        guard let bytes = bytes ?? FileManager.default.contents(atPath: path) else {
            throw .read(path: path, reason: "unreadable")
        }
        let sha = FileDigest.sha256(bytes)
        let last = context.lastFeeds[name]
        let events = VEventBlocks.count(in: String(decoding: bytes, as: UTF8.self))
        let record = PublishedFeedRecord(
            publicationID: 0, name: name, planID: planID, visibility: audience.visibility.rawValue, audience: audience.description,
            sha256: sha,
            byteCount: bytes.count, eventCount: events, modifiedAt: last?.sha256 == sha ? last!.modifiedAt : context.publishedAt,
            language: nil, calendar: nil)
        let summary = PublicationReport.FeedSummary(
            name: name, visibility: audience.visibility, events: events, bytes: bytes.count,
            changed: last?.sha256 != sha, outcomes: [:], droppedPast: 0, expired: 0, carried: true)
        return Built(draft: .init(record: record, bytes: bytes, members: [], copyMembersFrom: nil), summary: summary)
    }

    // MARK: Writing

    private func write(
        _ feeds: [Built], ledger: PublicationLedger, plans: [PublicationInput.PlanRevision], publishedAt: Int64,
        repaired: [String]
    ) throws(PublicationError) -> PublicationReport {
        let directory = options.outputDirectory
        var files = StagedFiles(directory: directory)
        var committed = false
        defer { if !committed, options.interruption == nil { files.discard() } }
        for feed in feeds {
            let path = (directory as NSString).appendingPathComponent(feed.draft.record.name)
            if let current = FileManager.default.contents(atPath: path), FileDigest.sha256(current) == feed.draft.record.sha256 {
                continue
            }
            try files.stage(name: feed.draft.record.name, contents: feed.draft.bytes)
        }
        if options.interruption == .beforeCommit { throw .interrupted }

        let draft = PublicationDraft(
            publishedAt: publishedAt, publishedBy: options.publishedBy,
            planRevisions: Dictionary(plans.map { ($0.id, $0.revision) }, uniquingKeysWith: { first, _ in first }),
            outputDirectory: options.sharedStore ?? PublicationLedger.absolute(directory), feeds: feeds.map(\.draft))
        let publication = try ledger.record(draft)
        committed = true

        let manifest = try ledger.manifest(for: publication)
        try files.stage(name: PublicationManifest.fileName, contents: manifest.encoded())
        if case .afterCommit(let installed) = options.interruption {
            try files.install(interruptAfter: installed)
        }
        try files.install()
        return PublicationReport(publication: publication, manifest: manifest, feeds: feeds.map(\.summary), repaired: repaired)
    }

    /// Feeds made by other commands and published as they are: those the folder's `feeds.json`
    /// lists for a place or a programme (`jumelage holidays --out`, `jumelage windows --out`) and
    /// that are there.
    static func passThroughFeeds(in directory: String) -> [FeedIndex.Entry] {
        FeedIndex.read(directory: directory).feeds.filter { entry in
            switch entry.audience {
            case .holidays, .mobility: break
            case .public, .coordinators, .partner: return false
            }
            // The name a place's or a programme's feed has: never a plan feed's.
            return entry.name == entry.audience.fileName(plan: nil) && FeedName.isValid(entry.name)
                && FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(entry.name))
        }
    }
}
