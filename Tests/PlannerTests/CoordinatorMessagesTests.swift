import Bilingual
import CivilTime
import Foundation
import Testing

@testable import Scheduling

/// What a coordinator reads: trip suggestions for one country, blackout names said once.
struct CoordinatorMessagesTests {
    typealias S = SolverSamples

    static func mission(_ id: String, to host: String, from first: String, to last: String) -> String {
        """
          - id: \(id)
            kind: mission
            title: Mission \(id)
            dates: {from: \(first), to: \(last)}
            host: \(host)
            origin: quebec
            travellers: [maire]

        """
    }

    @Test(arguments: [
        ("namur", "namur", 1),  // twice to Belgium within 60 days: combine
        ("namur", "lille", 0),  // Belgium, then France: two countries, nothing to combine
    ])
    func tripsAreCombinedWithinOneCountry(first: String, second: String, suggestions: Int) throws {
        let result = try S.solve(
            Self.mission("premiere", to: first, from: "2025-05-12", to: "2025-05-15")
                + Self.mission("seconde", to: second, from: "2025-06-16", to: "2025-06-19"))
        #expect(result.suggestions.filter { $0.kind == .combineTrips }.count == suggestions)
    }

    @Test(arguments: [
        ("construction-holiday", 2025, "construction-holiday-2025"),
        ("municipal-elections-2026", 2026, "municipal-elections-2026"),
        ("municipal-elections-2026", 2027, "municipal-elections-2026-2027"),
        ("legislative-2026-spring", 2026, "legislative-2026-spring-2026"),
    ])
    func blackoutOccurrencesNameTheirYearOnce(id: String, year: Int, name: String) {
        #expect(PlaceCalendarIndex.occurrenceID(id, year: year) == name)
    }

    @Test func anElectedTravellerMeetsTheElectionsOnceNamed() throws {
        let people = """
              - id: maire-lille
                name: Maire de Lille
                partner: lille
                elected: true
            """
        let result = try S.solve(
            """
              - id: visite
                kind: mission
                title: Visite à Québec
                dates: {from: 2026-03-16, to: 2026-03-18}
                host: quebec
                origin: lille
                travellers: [maire-lille]
                schedule:
                  window: {from: 2026-03-01, to: 2026-03-31}

            """, people: people)
        let names = result.problem?.constraints.map(\.name) ?? []
        #expect(names.contains { $0.contains("municipal-elections-2026") })
        #expect(!names.contains { $0.contains("2026-2026") })
    }
}
