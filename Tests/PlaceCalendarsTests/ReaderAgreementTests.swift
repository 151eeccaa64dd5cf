import Bilingual
import Foundation
import PlaceCalendars
import Testing
import Yams

@testable import YAMLReading

/// Calendar data goes through the plans' reader: the same booleans, the same did-you-mean, the
/// same refusal of alias bombs.
struct ReaderAgreementTests {
    private static func blackouts(estimated: String) -> String {
        """
        jurisdiction: XX
        blackouts:
          - id: a
            name: {fr: A, en: A}
            kind: other
            estimated: \(estimated)
            from: 2025-03-09
            to: 2025-03-10

        """
    }

    @Test(
        "A calendar file takes the booleans a plan takes",
        arguments: [
            ("true", true), ("yes", true), ("oui", true), ("Oui", true),
            ("false", false), ("no", false), ("non", false), ("NON", false),
        ])
    func booleans(text: String, value: Bool) throws {
        #expect(YAMLReader.boolean(text) == value)
        let catalog = try BlackoutCatalog(sources: [CalendarSource(path: "XX.yaml", text: Self.blackouts(estimated: text))])
        let blackout = try #require(try catalog.blackouts(in: "XX", year: 2025).first)
        #expect(blackout.estimated == value)
    }

    @Test("An academic estimate takes them too")
    func academicBooleans() throws {
        let text = AcademicLoaderErrorTests.replacing("        end: 2026-01-31", with: "        end: 2026-01-31\n        estimated: oui")
        let catalog = try AcademicCatalog(sources: [CalendarSource(path: "xx.yaml", text: text)])
        let term = try #require(catalog.calendar(of: "xx")?.year(named: "2025/2026")?.terms.first)
        #expect(term.startEstimated && term.endEstimated)
    }

    @Test("A misspelt key gets the plans' did-you-mean, in both languages")
    func didYouMean() throws {
        let text = "jurisdiction: XX\nholidays:\n  - id: a\n    name: {fr: A, en: A}\n    categroy: public\n    date: 01-01\n"
        let error = try #require(throws: SourceError.self) {
            try HolidayCatalog(sources: [CalendarSource(path: "XX.yaml", text: text)])
        }
        let issue = try #require(error.issues.first { $0.message.en.contains("categroy") })
        #expect(issue.location == SourceLocation(file: "XX.yaml", line: 5, column: 5))
        #expect(
            issue.message
                == LocalizedText(
                    fr: "clé inconnue « categroy » dans « holidays »",
                    en: "unknown key 'categroy' in 'holidays'"))
        #expect(issue.hint == LocalizedText(fr: "vouliez-vous dire « category » ?", en: "did you mean 'category'?"))

        // The plans' reader, given the same mapping and keys, says the same.
        let reader = YAMLReader(file: "XX.yaml")
        let entry = try #require(try Yams.compose(yaml: text)?.mapping?["holidays"]?.sequence?.first)
        _ = reader.mapping(entry, context: "holidays", keys: ["id", "name", "category", "date"])
        #expect(reader.issues == [issue])
    }

    @Test("An alias bomb in a calendar file is refused where it explodes, not expanded")
    func aliasBomb() throws {
        var text = "jurisdiction: XX\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "holidays: *a9\n"
        let started = ContinuousClock.now
        let error = try #require(throws: SourceError.self) {
            try HolidayCatalog(sources: [CalendarSource(path: "XX.yaml", text: text)])
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(
            error.rendered(in: .en) == """
                XX.yaml:7:10: error: the document is too large (more than 200000 nodes, aliases included)
                  fix: remove the YAML aliases (*name): write each entry out in full
                """)
        #expect(
            error.rendered(in: .fr) == """
                XX.yaml:7:10: erreur : le document est trop grand (plus de 200000 nœuds, alias compris)
                  correction : retirez les alias YAML (*nom) : écrivez chaque entrée en entier
                """)
    }
}
