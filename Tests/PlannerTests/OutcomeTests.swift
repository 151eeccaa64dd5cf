import Bilingual
import CivilTime
import FeedLint
import Foundation
import Testing

@testable import YAMLReading
@testable import PlanModel
@testable import Scheduling

/// Recorded outcomes (`outcome:`, `outcomes:`): how they read, where the schedule puts the
/// occurrence, and what the feeds and the JSON say of it.
@Suite("Outcomes")
struct OutcomeTests {
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// One event of `kind` on 20 April 2025, hosted by Namur, with `outcome` as written.
    static func single(kind: String = "meeting", outcome: String, extra: String = "") -> String {
        PlanSamples.plan(
            events: """
                  - id: visite
                    kind: \(kind)
                    title: {fr: Visite, en: Visit}
                    date: 2025-04-20
                    host: namur
                    audiences: [public]
                    outcome: \(outcome)\(extra)

                """)
    }

    /// A yearly committee meeting three times from 11 June 2024, hosted by Québec (one RRULE).
    static func series(_ lines: String, repeatRule: String = "{every: year, count: 3}") -> String {
        PlanSamples.plan(
            events: """
                  - id: comite
                    kind: committee
                    title: {fr: Comité, en: Committee}
                    start: 2024-06-11T10:00
                    duration: 2h
                    host: quebec
                    audiences: [public]
                    repeat: \(repeatRule)
                \(lines)

                """)
    }

    struct Reading: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let expected: [Int: Outcome]
        var description: String { name }
    }

    static let readings: [Reading] = [
        Reading(name: "held", text: single(outcome: "held"), expected: [1: .held(on: nil)]),
        Reading(name: "held another day", text: single(outcome: "{held: 2025-04-22}"), expected: [1: .held(on: day("2025-04-22"))]),
        Reading(name: "cancelled", text: single(outcome: "cancelled"), expected: [1: .cancelled(reason: nil)]),
        Reading(
            name: "cancelled with a reason", text: single(outcome: "{cancelled: Grève des transports}"),
            expected: [1: .cancelled(reason: LocalizedText("Grève des transports"))]),
        Reading(
            name: "cancelled with a reason in two languages", text: single(outcome: "{cancelled: {fr: Grève, en: Strike}}"),
            expected: [1: .cancelled(reason: LocalizedText(fr: "Grève", en: "Strike"))]),
        Reading(
            name: "postponed with a reason", text: single(outcome: "{postponed: 2025-06-10, reason: Élections}"),
            expected: [1: .postponed(to: day("2025-06-10"), reason: LocalizedText("Élections"))]),
        Reading(name: "deadline met", text: single(kind: "deadline", outcome: "met"), expected: [1: .met]),
        Reading(name: "deadline missed", text: single(kind: "deadline", outcome: "missed"), expected: [1: .missed]),
        Reading(
            name: "deadline extended", text: single(kind: "deadline", outcome: "{postponed: 2025-05-01}"),
            expected: [1: .postponed(to: day("2025-05-01"), reason: nil)]),
        Reading(
            name: "series, per occurrence", text: series("    outcomes: {1: held, 3: {cancelled: Budget}}"),
            expected: [1: .held(on: nil), 3: .cancelled(reason: LocalizedText("Budget"))]),
    ]

    @Test("Each outcome form reads as written", arguments: readings)
    func reads(_ reading: Reading) throws {
        let plan = try PlanSamples.load(reading.text)
        #expect(plan.activities.first?.outcomes == reading.expected)
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        /// Text at the reported position.
        let marker: String
        let message: String
        let hint: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "a meeting met", text: single(outcome: "met"), marker: "met",
            message: "only a deadline (kind: deadline) is met or missed", hint: "write 'held'"),
        Mistake(
            name: "a deadline held", text: single(kind: "deadline", outcome: "held"), marker: "held",
            message: "a deadline is met or missed, not held", hint: "write 'met' or 'missed'"),
        Mistake(
            name: "a deadline held another day", text: single(kind: "deadline", outcome: "{held: 2025-04-22}"), marker: "2025-04-22",
            message: "a deadline is met or missed, not held", hint: "write 'met' or 'missed'"),
        Mistake(
            name: "postponed without a date", text: single(outcome: "postponed"), marker: "postponed",
            message: "a postponement needs its new date", hint: "write '{postponed: YYYY-MM-DD}'"),
        Mistake(
            name: "a misspelt outcome", text: single(outcome: "helt"), marker: "helt",
            message: "unknown outcome 'helt'", hint: "did you mean 'held'?"),
        Mistake(
            name: "held and postponed at once", text: single(outcome: "{held: 2025-04-22, postponed: 2025-05-01}"), marker: "{held",
            message: "the outcome says both held and postponed", hint: "write one form"),
        Mistake(
            name: "a reason on a cancellation", text: single(outcome: "{cancelled: Grève, reason: Grève}"), marker: "Grève}",
            message: "'reason' goes with a postponement", hint: "{cancelled: REASON}"),
        Mistake(
            name: "a date past 2100", text: single(outcome: "{postponed: 2150-01-01}"), marker: "2150-01-01",
            message: "the date must lie within 1990–2100, not 2150-01-01", hint: "check the year"),
        Mistake(
            name: "one outcome for a whole series", text: series("    outcome: held"), marker: "held",
            message: "a series records the outcome of each occurrence", hint: "outcomes: {1: held"),
        Mistake(
            name: "outcomes on a single event", text: single(outcome: "held", extra: "\n    outcomes: {1: held}"), marker: "{1: held}",
            message: "'outcomes' is for a series; this event happens once", hint: "write 'outcome: held'"),
        Mistake(
            name: "an occurrence the series lacks", text: series("    outcomes: {4: held}"), marker: "4: held",
            message: "the series has no occurrence 4 (it has 3)", hint: "from 1 to 3"),
        Mistake(
            name: "an occurrence left out",
            text: series("    outcomes: {2: held}", repeatRule: "{every: year, count: 3, except: [2025-06-11]}"),
            marker: "2: held", message: "occurrence 2 (2025-06-11) is left out by 'except'", hint: "remove its date from 'except'"),
        Mistake(
            name: "an occurrence that is not a number", text: series("    outcomes: {deux: held}"), marker: "deux",
            message: "'deux' is not an occurrence number", hint: "number the occurrences from 1"),
    ]

    @Test("Mistakes are refused where they are written, with a fix", arguments: mistakes)
    func refuses(_ mistake: Mistake) throws {
        let issues = PlanSamples.issues(mistake.text)
        let issue = try #require(issues.first { $0.message.en.contains(mistake.message) }, "\(issues.map(\.message.en))")
        #expect(issue.hint?.en.contains(mistake.hint) == true, "\(issue.hint?.en ?? "no hint")")
        let position = PlanSamples.position(of: mistake.marker, in: mistake.text)
        #expect(issue.location.line == position.line)
        #expect(issue.location.column == position.column)
        #expect(!issue.message.fr.isEmpty && issue.message.fr != issue.message.en)
    }

    @Test("Held another day and postponed move the occurrence and keep its written date")
    func moves() throws {
        for (outcome, expected) in [
            ("{held: 2025-04-22}", "2025-04-22"), ("{postponed: 2025-06-10}", "2025-06-10"), ("held", "2025-04-20"),
        ] {
            let event = try #require(
                Scheduler.schedule([PlanSamples.load(Self.single(outcome: outcome))]).events.first { $0.activityID == "visite" })
            #expect(event.timing.firstDate == Self.day(expected))
            #expect(event.writtenDate == (expected == "2025-04-20" ? nil : Self.day("2025-04-20")))
        }
    }

    @Test("An open event with an outcome is fixed; the next occurrence keeps its spacing from it")
    func outcomesFixOpenEvents() throws {
        let text = PlanSamples.plan(
            events: """
                  - id: comite
                    kind: committee
                    title: Comité
                    start: 2024-06-11T10:00
                    duration: 2h
                    hosts: [quebec, namur]
                    repeat: {every: year, count: 2}
                    outcomes: {1: {held: 2024-06-25}}
                    schedule:
                      window: {from: 2024-05-01, to: 2024-06-30}
                      weekdays: [tue, wed, thu]
                      spacing: {min: 360, max: 370}

                """)
        let result = try WorkspacePlanner.plan([PlanSamples.load(text)])
        #expect(result.openEventIDs == ["essai/comite/2"])
        let dates = result.schedule.events.filter { $0.activityID == "comite" }.map(\.timing.firstDate)
        #expect(dates.first == Self.day("2024-06-25"))
        // 2025-06-11, the written date, is 351 days later: the spacing moves it to 360–370 days.
        let second = try #require(dates.last)
        #expect((360...370).contains(Self.day("2024-06-25").days(until: second)))
        #expect([Weekday.tuesday, .wednesday, .thursday].contains(second.weekday))
    }

    @Test(
        "A settled outcome silences the warnings about the written date; a postponement is checked at its new date",
        arguments: [
            (nil, 1), ("held", 0), ("cancelled", 0), ("{postponed: 2025-07-01}", 1), ("{postponed: 2025-07-02}", 0),
        ] as [(String?, Int)])
    func writtenDateWarnings(outcome: String?, warnings: Int) throws {
        // 24 June is Québec's Fête nationale, 1 July Canada Day.
        let text = PlanSamples.plan(
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-06-24
                    host: quebec
                """ + (outcome.map { "\n    outcome: \($0)\n" } ?? "\n"))
        let result = try WorkspacePlanner.plan([PlanSamples.load(text)])
        #expect(result.fixedEventWarnings.count == warnings, "\(result.fixedEventWarnings.map(\.text.en))")
    }

    @Test("A cancelled mission keeps its traveller free for another")
    func cancelledFreesTravellers() throws {
        func plan(_ outcome: String) -> String {
            PlanSamples.plan(
                events: """
                      - id: annulee
                        kind: mission
                        title: Mission annulée
                        dates: {from: 2025-05-05, to: 2025-05-09}
                        origin: quebec
                        destination: namur
                        travellers: [maire]
                        outcome: \(outcome)
                      - id: autre
                        kind: mission
                        title: Autre mission
                        dates: {from: 2025-05-05, to: 2025-05-09}
                        origin: quebec
                        destination: namur
                        travellers: [maire]
                        schedule:
                          window: {from: 2025-05-05, to: 2025-05-09}

                    """)
        }
        #expect(try WorkspacePlanner.plan([PlanSamples.load(plan("cancelled"))]).status == .optimal)
        #expect(try WorkspacePlanner.plan([PlanSamples.load(plan("held"))]).status == .infeasible)
    }

    static func feedEvents(_ text: String, feed: String = "essai-coordinators.ics") throws -> [[String]] {
        let feeds = try FeedSamples.feeds([PlanSamples.load(text)])
        let selected = try #require(FeedSamples.feed(feeds, feed))
        #expect(FeedLinter.lint(Array(selected.text.utf8)).isEmpty)
        return FeedSamples.events(selected.text).filter {
            FeedSamples.value("SUMMARY", in: $0)?.contains("Visite") == true
                || FeedSamples.value("SUMMARY", in: $0)?.contains("Comité") == true
        }
    }

    @Test("A cancelled event is STATUS:CANCELLED, marked in its summary, transparent, without alarm")
    func cancelledInFeeds() throws {
        for feed in ["essai-public.ics", "essai-coordinators.ics", "essai-partner-namur.ics"] {
            let event = try #require(
                Self.feedEvents(Self.single(outcome: "{cancelled: Grève.}", extra: "\n    alarm: 3"), feed: feed).first)
            #expect(FeedSamples.value("STATUS", in: event) == "CANCELLED")
            #expect(FeedSamples.value("SUMMARY", in: event) == "ANNULÉ – Visite")
            #expect(FeedSamples.value("TRANSP", in: event) == "TRANSPARENT")
            #expect(!event.contains("BEGIN:VALARM"))
            #expect(FeedSamples.value("DESCRIPTION", in: event)?.hasPrefix("Annulée : Grève.") == true)
        }
    }

    @Test(
        "Held, postponed, met: status and the line the description gains",
        arguments: [
            ("held", "CONFIRMED", "Réalisée."),
            ("{held: 2025-04-22}", "CONFIRMED", "Réalisée le 22 avril 2025 (prévue le 20 avril 2025)."),
            (
                "{postponed: 2025-06-10, reason: Élections}", "TENTATIVE",
                "Reportée du 20 avril 2025 au 10 juin 2025. Raison : Élections.\\nDates provisoires\\, à confirmer."
            ),
        ])
    func describedInFeeds(outcome: String, status: String, line: String) throws {
        let event = try #require(Self.feedEvents(Self.single(outcome: outcome, extra: "\n    provisional: true")).first)
        #expect(FeedSamples.value("STATUS", in: event) == status)
        #expect(
            FeedSamples.value("DESCRIPTION", in: event)?.hasPrefix(line) == true, "\(FeedSamples.value("DESCRIPTION", in: event) ?? "")")
        if outcome.hasPrefix("held") { #expect(FeedSamples.value("DESCRIPTION", in: event)?.contains("provisoires") == false) }
    }

    @Test("A deadline met or missed says so; English feeds too")
    func deadlines() throws {
        let met = try #require(Self.feedEvents(Self.single(kind: "deadline", outcome: "met")).first)
        #expect(FeedSamples.value("DESCRIPTION", in: met)?.hasPrefix("Échéance respectée.") == true)
        let plan = try PlanSamples.load(Self.single(kind: "deadline", outcome: "missed"))
        let english = try #require(FeedSamples.feed(FeedSamples.feeds([plan], language: .en), "essai-coordinators.ics"))
        let event = try #require(FeedSamples.events(english.text).first { FeedSamples.value("SUMMARY", in: $0) == "Visit" })
        #expect(FeedSamples.value("DESCRIPTION", in: event)?.hasPrefix("Deadline missed.") == true)
    }

    @Test("A series written as one RRULE leaves a cancelled or moved occurrence out, and carries it on its own")
    func seriesKeepsItsRule() throws {
        let events = try Self.feedEvents(Self.series("    outcomes: {1: held, 2: {cancelled: Budget}, 3: {postponed: 2026-06-18}}"))
        #expect(events.count == 3)
        let master = try #require(events.first { FeedSamples.value("RRULE", in: $0) != nil })
        #expect(FeedSamples.value("RRULE", in: master) == "FREQ=YEARLY;COUNT=3")
        let exdates = master.filter { $0.hasPrefix("EXDATE") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
        #expect(exdates == ["20250611T100000", "20260611T100000"])
        #expect(FeedSamples.value("STATUS", in: master) == "CONFIRMED")
        #expect(FeedSamples.value("DESCRIPTION", in: master)?.contains("Réalisée") != true)
        let series = StableIdentifier.uid(planID: "essai", eventID: "comite")
        #expect(FeedSamples.value("UID", in: master) == series)
        let cancelled = try #require(events.first { FeedSamples.value("STATUS", in: $0) == "CANCELLED" })
        #expect(FeedSamples.value("UID", in: cancelled) == StableIdentifier.uid(planID: "essai", eventID: "comite/2"))
        #expect(FeedSamples.value("DTSTART", in: cancelled) == "20250611T100000")
        let moved = try #require(
            events.first { FeedSamples.value("UID", in: $0) == StableIdentifier.uid(planID: "essai", eventID: "comite/3") })
        #expect(FeedSamples.value("DTSTART", in: moved) == "20260618T100000")
        #expect(FeedSamples.value("DESCRIPTION", in: moved)?.hasPrefix("Reportée du 11 juin 2026 au 18 juin 2026.") == true)
    }

    @Test("A cancelled first occurrence takes the series off its single rule")
    func firstOccurrenceDetached() throws {
        let events = try Self.feedEvents(Self.series("    outcomes: {1: cancelled}"))
        #expect(events.count == 3)
        #expect(events.allSatisfy { FeedSamples.value("RRULE", in: $0) == nil })
        #expect(events.map { FeedSamples.value("STATUS", in: $0) } == ["CANCELLED", "CONFIRMED", "CONFIRMED"])
    }

    @Test("The JSON report carries each outcome, its written date and its reason")
    func json() throws {
        let result = try WorkspacePlanner.plan([
            PlanSamples.load(Self.series("    outcomes: {1: held, 3: {postponed: 2026-06-18, reason: Élections}}"))
        ])
        let report = ScheduleReport(result: result, language: nil)
        let entries = report.events.filter { $0.id.hasPrefix("comite/") }
        #expect(
            entries.map(\.outcome) == [
                .init(state: "held", writtenDate: nil, reason: nil), nil,
                .init(state: "postponed", writtenDate: "2026-06-11", reason: "Élections"),
            ])
        #expect(entries.last?.start == "2026-06-18T10:00:00")
        #expect(
            report.json().contains(
                "\"outcome\" : {\n        \"reason\" : \"Élections\",\n        \"state\" : \"postponed\",\n        \"writtenDate\" : \"2026-06-11\"\n      }"
            ))
    }

    @Test("The text table marks what is recorded")
    func table() throws {
        let schedule = Scheduler.schedule([
            try PlanSamples.load(Self.series("    outcomes: {1: held, 2: cancelled, 3: {postponed: 2026-06-18}}"))
        ])
        let text = ScheduleTable.render(schedule, language: .fr)
        #expect(text.contains("Comité (réalisée)"))
        #expect(text.contains("Comité (annulée)"))
        #expect(text.contains("Comité (reportée, prévue le 2026-06-11)"))
    }
}
