import Bilingual
import CivilTime
import FeedModel
import Foundation
import ICalendar

/// What a publication did, feed by feed, for the command line.
public struct PublicationReport: Sendable {
    public struct FeedSummary: Sendable, Hashable {
        public var name: String
        public var visibility: FeedVisibility
        public var events: Int
        public var bytes: Int
        /// Whether the feed's bytes differ from the previous publication's.
        public var changed: Bool
        /// Event counts by outcome (`new`, `unchanged`, `rescheduled`, `updated`, `cancelled`, `stillCancelled`).
        public var outcomes: [String: Int]
        /// Plan events left out because they ended before the keep-past window.
        public var droppedPast: Int
        /// Cancelled events no longer listed because they are over.
        public var expired: Int
        /// Not built by this publication: a holiday feed, or a feed of a plan not given this time.
        public var carried: Bool
        /// The events subscribers will see change: new, moved (rescheduled), updated, cancelled.
        public var changes: [EventChange] = []
    }

    public struct EventChange: Sendable, Hashable {
        public var uid: String
        public var summary: String
        /// `new`, `rescheduled`, `updated` or `cancelled`.
        public var outcome: String
        public var start: CivilDate
    }

    /// A feed over this many bytes risks being cut by Google Calendar.
    public static let sizeLimit = 1_000_000

    public var publication: PublicationRecord
    public var manifest: PublicationManifest
    public var feeds: [FeedSummary]
    /// Files written again from the ledger because an earlier publication was cut short.
    public var repaired: [String]

    package init(publication: PublicationRecord, manifest: PublicationManifest, feeds: [FeedSummary], repaired: [String]) {
        self.publication = publication
        self.manifest = manifest
        self.feeds = feeds
        self.repaired = repaired
    }

    public func rendered(in language: Language) -> String {
        let fr = language == .fr
        var lines: [String] = []
        if !repaired.isEmpty {
            lines.append(
                fr
                    ? "Publication précédente interrompue : rétabli depuis le registre : \(repaired.joined(separator: ", "))"
                    : "Previous publication was cut short: restored from the ledger: \(repaired.joined(separator: ", "))")
        }
        lines.append(
            fr
                ? "Publication n° \(manifest.publication) du \(manifest.publishedAt) par \(publication.publishedBy)"
                : "Publication #\(manifest.publication) at \(manifest.publishedAt) by \(publication.publishedBy)")
        for feed in feeds {
            var parts: [String] = []
            /// French takes the singular for 0 and 1.
            func add(_ count: Int, _ frSingular: String, _ frPlural: String, _ en: String) {
                guard count > 0 else { return }
                parts.append("\(count) \(fr ? (count > 1 ? frPlural : frSingular) : en)")
            }
            add(feed.outcomes["new"] ?? 0, "nouveau", "nouveaux", "new")
            add(feed.outcomes["rescheduled"] ?? 0, "déplacé", "déplacés", "moved")
            add(feed.outcomes["updated"] ?? 0, "modifié", "modifiés", "updated")
            add(feed.outcomes["cancelled"] ?? 0, "annulé", "annulés", "cancelled")
            add(feed.outcomes["stillCancelled"] ?? 0, "toujours annulé", "toujours annulés", "still cancelled")
            add(feed.outcomes["unchanged"] ?? 0, "inchangé", "inchangés", "unchanged")
            add(feed.droppedPast, "passé laissé de côté", "passés laissés de côté", "past, left out")
            add(feed.expired, "annulé et terminé, retiré", "annulés et terminés, retirés", "cancelled and over, removed")
            if feed.carried { parts.append(fr ? "repris tel quel" : "carried over") }
            let state = feed.changed ? (fr ? "mis à jour" : "updated") : (fr ? "inchangé" : "unchanged")
            let visibility = feed.visibility == .public ? "public" : (fr ? "privé" : "private")
            let events = fr ? (feed.events > 1 ? "événements" : "événement") : (feed.events == 1 ? "event" : "events")
            lines.append(
                "  \(feed.name) (\(visibility), \(feed.events) \(events), \(feed.bytes) \(fr ? "octets" : "bytes"), \(state))"
                    + (parts.isEmpty ? "" : " : ".frenchColon(language) + parts.joined(separator: ", ")))
            if feed.bytes > Self.sizeLimit {
                lines.append(
                    fr
                        ? "  attention : \(feed.name) dépasse 1 Mo ; réduisez --keep-past"
                        : "  warning: \(feed.name) is over 1 MB; lower --keep-past")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
