import Bilingual
import CivilTime
import Foundation
import Testing

@testable import Scheduling

/// An alternating series continues from where its earlier editions were held.
struct AlternationHistoryTests {
    typealias S = SolverSamples

    static func assises(history: String) -> String {
        """
          - id: assises
            title: Assises franco-québécoises
            dates: {from: 2012-10-10, to: 2012-10-12}
            hosts: [quebec, lille]
            repeat: {every: year, interval: 2, count: 3}
        \(history)

        """
    }

    static func hosts(_ history: String) throws -> [String] {
        let plan = try S.plan(Self.assises(history: history), horizon: "{from: 2010-01-01, to: 2017-12-31}")
        return Scheduler.schedule([plan]).events.filter { $0.activityID == "assises" }.compactMap(\.hostID)
    }

    @Test(arguments: [
        ("", ["quebec", "lille", "quebec"]),
        (
            "    history: [{date: 2008-10-08, host: quebec, place: Québec}, {date: 2010-11-18, host: lille}]",
            ["quebec", "lille", "quebec"]
        ),
        ("    history: [{date: 2008-10-08, host: quebec}]", ["lille", "quebec", "lille"]),
        // Order of writing does not matter: the latest edition decides.
        ("    history: [{date: 2010-11-18, host: lille}, {date: 2008-10-08, host: quebec}]", ["quebec", "lille", "quebec"]),
    ])
    func theTurnContinuesFromTheLatestEdition(history: String, expected: [String]) throws {
        #expect(try Self.hosts(history) == expected)
    }

    @Test(arguments: [
        ("    history: [{date: 2010-11-18, host: namur}]", "'namur' is not one of the series' hosts"),
        ("    history: [{date: 2013-11-18, host: lille}]", "the edition of 2013-11-18 is not before the first occurrence (2012-10-10)"),
        ("    history: [{host: lille}]", "'history' needs the key 'date'"),
    ])
    func mistakesInTheHistoryAreLocated(history: String, message: String) throws {
        let text = S.header(horizon: "{from: 2010-01-01, to: 2017-12-31}") + Self.assises(history: history)
        let issues = PlanSamples.issues(text)
        #expect(issues.map(\.message.en) == [message])
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("history:") }.map { $0 + 1 }
        #expect(issues.first?.location.line == line)
    }
}
