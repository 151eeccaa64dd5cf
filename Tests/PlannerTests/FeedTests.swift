import FeedLint
import Foundation
import ICalendar
import Testing

@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling

@Suite("Feeds")
struct FeedTests {
    @Test("Every feed of the real plans passes the byte-level lint")
    func realFeedsLintClean() throws {
        let feeds = try FeedSamples.realFeeds()
        // Public and coordinators per plan, then one per partner: 2 + 6 + 4 + 7.
        #expect(feeds.count == 4 * 2 + 2 + 6 + 4 + 7)
        for feed in feeds {
            let issues = FeedLinter.lint(Array(feed.text.utf8))
            #expect(issues.isEmpty, "\(feed.fileName): \(issues)")
        }
    }

    @Test("Two runs give byte-identical feeds")
    func deterministic() throws {
        let first = try FeedSamples.realFeeds()
        let second = try FeedSamples.realFeeds()
        #expect(first == second)
    }

    @Test("UIDs are stable across unrelated edits and carry no plan or event name")
    func stableUIDs() throws {
        let events = """
              - id: visite
                title: Visite
                date: 2025-04-20
                host: namur
                audiences: [public]
            """
        let before = try FeedSamples.feeds([PlanSamples.load(PlanSamples.plan(events: events))])
        let after = try FeedSamples.feeds([
            PlanSamples.load(
                PlanSamples.plan(
                    events: events + """

                          - id: autre
                            title: Autre chose
                            date: 2025-05-02
                            host: quebec
                            audiences: [public]
                        """))
        ])
        let uidsBefore = FeedSamples.events(FeedSamples.feed(before, "essai-public.ics")!.text).compactMap {
            FeedSamples.value("UID", in: $0)
        }
        let uidsAfter = FeedSamples.events(FeedSamples.feed(after, "essai-public.ics")!.text).compactMap {
            FeedSamples.value("UID", in: $0)
        }
        #expect(uidsBefore.count == 2)
        #expect(Set(uidsBefore).isSubset(of: Set(uidsAfter)))
        for uid in uidsAfter {
            #expect(
                uid.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
        }
        #expect(StableIdentifier.uuid(for: "essai/visite") == StableIdentifier.uid(planID: "essai", eventID: "visite"))
    }

    @Test("DTSTAMP and LAST-MODIFIED come from the plan's revision, in UTC")
    func stampFromRevision() throws {
        let feeds = try FeedSamples.feeds([
            PlanSamples.load(
                PlanSamples.plan(
                    events: """
                          - id: visite
                            title: Visite
                            date: 2025-04-20
                            audiences: [public]
                        """))
        ])
        for event in FeedSamples.events(feeds[0].text) {
            #expect(FeedSamples.value("DTSTAMP", in: event) == "20240115T090000Z")
            #expect(FeedSamples.value("LAST-MODIFIED", in: event) == "20240115T090000Z")
        }
    }

    @Test("A public feed holds no confidential or internal event and no personal data")
    func publicFeedIsClean() throws {
        let plan = try PlanSamples.load(
            PlanSamples.plan(
                events: """
                      - id: mission
                        kind: mission
                        title: Mission publique
                        dates: {from: 2025-04-20, to: 2025-04-25}
                        origin: quebec
                        destination: namur
                        travellers: [maire]
                        audiences: [public]
                      - id: secret
                        title: Rencontre confidentielle
                        date: 2025-05-02
                        host: namur
                        audiences: [public]
                        confidential: true
                      - id: interne
                        title: Réunion interne
                        date: 2025-05-03
                        host: quebec
                    """))
        let feeds = try FeedSamples.feeds([plan])
        let publicText = try #require(FeedSamples.feed(feeds, "essai-public.ics")).text
        #expect(!publicText.contains("confidentielle"))
        #expect(!publicText.contains("Réunion interne"))
        #expect(!publicText.contains("Bruno Marchand"))
        #expect(!publicText.contains("maire@example.org"))
        #expect(!publicText.contains("555"))
        #expect(publicText.contains("Délégation de 1 personne"))
        let coordinators = try #require(FeedSamples.feed(feeds, "essai-coordinators.ics")).text
        #expect(coordinators.contains("Bruno Marchand"))
        #expect(coordinators.contains("CLASS:CONFIDENTIAL"))
        #expect(!coordinators.contains("maire@example.org"))
        let quebec = try #require(FeedSamples.feed(feeds, "essai-partner-quebec.ics")).text
        #expect(quebec.contains("Réunion interne"), "events default to the partners audience: the host's internal feed shows them")
        let namur = try #require(FeedSamples.feed(feeds, "essai-partner-namur.ics")).text
        #expect(!namur.contains("Réunion interne"), "a partner feed shows only what concerns that partner")
        #expect(!namur.contains("confidentielle"), "confidential events stay in the coordinators' feed")
    }

    @Test("Timed events use the bare IANA TZID with a VTIMEZONE; all-day events an exclusive DATE end")
    func timesAndZones() throws {
        let feeds = try FeedSamples.realFeeds()
        let terrebonne = try #require(FeedSamples.feed(feeds, "terrebonne-namur-2024-2026-public.ics")).text
        let mission = try #require(
            FeedSamples.events(terrebonne).first { FeedSamples.value("SUMMARY", in: $0)?.hasPrefix("Mission de Terrebonne") == true })
        #expect(mission.contains("DTSTART;VALUE=DATE:20250420"))
        #expect(mission.contains("DTEND;VALUE=DATE:20250426"))
        let coordinators = try #require(FeedSamples.feed(feeds, "quebec-namur-2024-2026-coordinators.ics")).text
        #expect(coordinators.contains("DTSTART;TZID=America/Toronto:20240206T090000"))
        #expect(coordinators.contains("TZID:America/Toronto"))
        #expect(coordinators.contains("TZID:Europe/Brussels"))
        #expect(!coordinators.contains("freeassociation"))
    }

    @Test("A series one rule describes keeps its RRULE, with EXDATE in the series' zone")
    func seriesAsRule() throws {
        let feeds = try FeedSamples.realFeeds()
        let text = try #require(FeedSamples.feed(feeds, "quebec-namur-2024-2026-coordinators.ics")).text
        let calls = FeedSamples.events(text).filter { FeedSamples.value("SUMMARY", in: $0)?.hasPrefix("Point de coordination") == true }
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(FeedSamples.value("RRULE", in: call) == "FREQ=MONTHLY;COUNT=12;INTERVAL=3")
        #expect(call.contains("EXDATE;TZID=America/Toronto:20250806T090000"))
        let committees = FeedSamples.events(text).filter { FeedSamples.value("SUMMARY", in: $0) == "Comité de suivi du protocole" }
        #expect(committees.count == 3)
        #expect(committees.allSatisfy { FeedSamples.value("RRULE", in: $0) == nil })
        #expect(committees.map { FeedSamples.value("LOCATION", in: $0) } == ["Ville de Québec", "Ville de Namur", "Ville de Québec"])
    }

    @Test("Deadlines carry a display alarm")
    func deadlineAlarm() throws {
        let feeds = try FeedSamples.realFeeds()
        let text = try #require(FeedSamples.feed(feeds, "terrebonne-namur-2024-2026-partner-namur.ics")).text
        let report = try #require(
            FeedSamples.events(text).first { FeedSamples.value("SUMMARY", in: $0)?.hasPrefix("Rapport annuel") == true })
        #expect(FeedSamples.value("RRULE", in: report) == "FREQ=YEARLY;COUNT=3")
        #expect(report.contains("BEGIN:VALARM"))
        #expect(report.contains("ACTION:DISPLAY"))
        #expect(report.contains("TRIGGER:-P14D") || report.contains("TRIGGER:-PT336H") || report.contains("TRIGGER:-P2W"))
        #expect(report.contains("TRANSP:TRANSPARENT"))
    }

    @Test("Text is escaped in SUMMARY, X-WR-CALNAME and CATEGORIES")
    func escaping() throws {
        let text = PlanSamples.plan(
            events: """
                  - id: visite
                    title: "Visite; arts, culture"
                    date: 2025-04-20
                    domains: [culture]
                    audiences: [public]
                """
        ).replacingOccurrences(
            of: "title: {fr: Plan d'essai, en: Test plan}", with: "title: {fr: \"Plan d'essai, volet; culture\", en: Test plan}")
        let feed = try #require(try FeedSamples.feeds([PlanSamples.load(text)]).first).text
        let lines = FeedSamples.unfolded(feed)
        #expect(lines.contains("X-WR-CALNAME:Plan d'essai\\, volet\\; culture"))
        #expect(lines.contains("NAME:Plan d'essai\\, volet\\; culture"))
        #expect(lines.contains("SUMMARY:Visite\\; arts\\, culture"))
        #expect(lines.contains("CATEGORIES:Culture\\, francophonie\\; arts"))
    }

    @Test("--lang en writes English summaries and feed names")
    func englishFeeds() throws {
        let feeds = try FeedSamples.feeds(PlanLoader.load(paths: [PlanSamples.realPlanFiles[0]]), language: .en)
        let text = try #require(FeedSamples.feed(feeds, "quebec-namur-2024-2026-public.ics")).text
        #expect(FeedSamples.unfolded(text).contains("X-WR-CALNAME:Québec–Namur collaboration protocol 2024-2026"))
        #expect(text.contains("SUMMARY:25th anniversary of the Québec–Namur twinning"))
        #expect(text.contains("PRODID:-//Jumelage//Jumelage 1.0//EN"))
    }

    @Test("Calendar properties every client needs are present")
    func calendarProperties() throws {
        let feed = try #require(try FeedSamples.realFeeds().first).text
        let lines = FeedSamples.unfolded(feed)
        for expected in [
            "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H",
        ] {
            #expect(lines.contains(expected), "missing \(expected)")
        }
        #expect(lines.contains { $0.hasPrefix("X-WR-CALDESC:") })
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:") })
    }
}
