import FeedLint
import Foundation
import Testing

@testable import Mobility

@Suite("Mobility feeds")
struct MobilityFeedTests {
    typealias S = MobilitySamples

    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test("One feed per programme and direction, clean for FeedLint, identical across runs")
    func feeds() throws {
        let schedule = try S.schedule()
        let feeds = try MobilityFeedBuilder().feeds(for: schedule)
        #expect(feeds.map(\.fileName) == ["mobilite-unamur-uqtr-unamur-vers-uqtr.ics", "mobilite-unamur-uqtr-uqtr-vers-unamur.ics"])
        for feed in feeds {
            #expect(FeedLinter.lint(Array(feed.text.utf8)).isEmpty, "\(feed.fileName): \(FeedLinter.lint(Array(feed.text.utf8)))")
        }
        #expect(try MobilityFeedBuilder().feeds(for: S.schedule()) == feeds)
    }

    @Test("Windows are transparent all-day spans; deadlines are all-day with an alarm a week before")
    func windowAndDeadlineEvents() throws {
        let feed = try #require(try MobilityFeedBuilder().feeds(for: S.schedule()).first)
        let events = feed.text.components(separatedBy: "BEGIN:VEVENT").dropFirst().map(Self.lines)
        let fall = try #require(events.first { $0.contains("DTSTART;VALUE=DATE:20250902") && $0.contains("DTEND;VALUE=DATE:20251213") })
        #expect(fall.contains("TRANSP:TRANSPARENT"))
        #expect(!fall.contains("BEGIN:VALARM"))
        #expect(fall.contains("STATUS:TENTATIVE"))
        let nomination = try #require(events.first { $0.contains("DTSTART;VALUE=DATE:20250301") })
        #expect(nomination.contains("DTEND;VALUE=DATE:20250302"))
        #expect(nomination.contains("BEGIN:VALARM"))
        #expect(nomination.contains("TRIGGER:-P7D") || nomination.contains("TRIGGER:-P1W"))
        #expect(nomination.contains { $0.hasPrefix("SUMMARY:Date limite de nomination (UQTR)") })
        // The fall term and the full year share the 1 March nomination: one event.
        #expect(events.filter { $0.contains("DTSTART;VALUE=DATE:20250301") }.count == 1)
        let uids = events.compactMap { $0.first { $0.hasPrefix("UID:") } }
        #expect(Set(uids).count == uids.count)
    }

    @Test("English feeds when asked")
    func english() throws {
        let feed = try #require(try MobilityFeedBuilder(language: .en).feeds(for: S.schedule()).last)
        #expect(feed.text.contains("SUMMARY:Nomination deadline (UNamur)"))
        #expect(feed.text.contains("X-WR-CALNAME:UNamur–UQTR exchanges — UQTR to UNamur"))
    }
}
