import FeedLint
import Foundation
import PlaceCalendars
import Testing

@testable import Feeds

@Suite("Jurisdiction feeds")
struct JurisdictionFeedTests {
    static let calendars = PlanSamples.repositoryRoot.appendingPathComponent("calendars")

    static func builder() throws -> JurisdictionFeedBuilder {
        JurisdictionFeedBuilder(
            holidays: try HolidayCatalog(directory: calendars.appendingPathComponent("holidays")),
            blackouts: try BlackoutCatalog(directory: calendars.appendingPathComponent("blackouts")),
            years: 2024...2027)
    }

    @Test("Every jurisdiction's feed lints clean and holds only transparent all-day events")
    func everyJurisdiction() throws {
        let builder = try Self.builder()
        for code in builder.holidays.jurisdictions {
            let feed = try builder.feed(for: code)
            #expect(FeedLinter.lint(Array(feed.text.utf8)).isEmpty, "\(code)")
            let events = FeedSamples.events(feed.text)
            #expect(!events.isEmpty)
            #expect(events.allSatisfy { $0.contains("TRANSP:TRANSPARENT") && FeedSamples.value("DTSTART", in: $0)?.count == 8 })
        }
    }

    @Test("Namur's feed has the Fêtes de Wallonie, Québec's the construction holiday, both bilingual")
    func spans() throws {
        let builder = try Self.builder()
        let namur = FeedSamples.events(try builder.feed(for: "BE-WAL-NAMUR").text)
        let fetes2025 = try #require(namur.first { $0.contains("DTSTART;VALUE=DATE:20250918") })
        #expect(fetes2025.contains("DTEND;VALUE=DATE:20250923"))
        #expect(FeedSamples.value("SUMMARY", in: fetes2025)?.contains(" / ") == true)
        let quebec = FeedSamples.events(try builder.feed(for: "CA-QC").text)
        let construction = try #require(quebec.first { $0.contains("DTSTART;VALUE=DATE:20250720") })
        #expect(construction.contains("DTEND;VALUE=DATE:20250803"))
        #expect(quebec.contains { FeedSamples.value("SUMMARY", in: $0) == "Fête nationale du Québec / Québec National Holiday" })
    }

    @Test("The same data gives the same bytes")
    func deterministic() throws {
        #expect(try Self.builder().feed(for: "FR-AM") == Self.builder().feed(for: "FR-AM"))
    }
}
