import Testing

@testable import PlanFormat
@testable import Scheduling

/// The partners' follow-up offices (`office:`) reach the coordinators' and partners' feeds, not the public one.
@Suite("Follow-up offices")
struct FollowUpOfficeTests {
    static let line =
        "Suivi : Bureau des relations internationales (Ville de Québec) \\; Commissariat aux Relations Internationales (Ville de Namur)"

    @Test(
        "Each audience's feed of the Québec–Namur committee",
        arguments: [
            ("quebec-namur-2024-2026-coordinators.ics", true),
            ("quebec-namur-2024-2026-partner-quebec.ics", true),
            ("quebec-namur-2024-2026-partner-namur.ics", true),
            ("quebec-namur-2024-2026-public.ics", false),
        ])
    func feeds(name: String, shows: Bool) throws {
        let feed = try #require(FeedSamples.feed(FeedSamples.realFeeds(), name))
        let descriptions = FeedSamples.events(feed.text).compactMap { FeedSamples.value("DESCRIPTION", in: $0) }
        #expect(descriptions.contains { $0.hasSuffix(Self.line) } == shows)
        #expect(feed.text.contains("Suivi :") == shows)
    }

    @Test("English feeds say Follow-up, with the offices' English names, for the partners that have one")
    func english() throws {
        let plans = try PlanLoader.load(paths: [PlanSamples.realPlanFiles[1]])
        let feed = try #require(FeedSamples.feed(FeedSamples.feeds(plans, language: .en), "terrebonne-namur-2024-2026-partner-ccim.ics"))
        let mission = try #require(
            FeedSamples.events(feed.text).first { FeedSamples.value("SUMMARY", in: $0) == "Terrebonne mission to Namur and Brussels" })
        #expect(
            FeedSamples.value("DESCRIPTION", in: mission)?.hasSuffix(
                "Follow-up: International Relations Commission (Ville de Namur) \\; Commissions and International Relations Office (Ville de Terrebonne)"
            ) == true)
    }
}
