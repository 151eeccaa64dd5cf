import CivilTime
import Foundation
import Testing

@testable import YAMLReading
@testable import PlanModel
@testable import PlanFormat

@Suite("Plan loading")
struct PlanLoaderTests {
    @Test("The real plans load", arguments: PlanSamples.realPlanFiles)
    func realPlansLoad(file: String) throws {
        let plan = try PlanLoader.load(file: file)
        #expect(!plan.partners.isEmpty)
        #expect(!plan.activities.isEmpty)
    }

    @Test("A folder is planned as one workspace, files in name order")
    func folderLoadsEveryPlan() throws {
        let plans = try PlanLoader.load(paths: [PlanSamples.repositoryRoot.appendingPathComponent("calendars").path])
        #expect(
            plans.map(\.id) == [
                "france-quebec-cooperation", "quebec-international", "quebec-namur-2024-2026",
                "terrebonne-namur-2024-2026",
            ])
    }

    @Test("A well-formed plan reads every field")
    func readsFields() throws {
        let text = PlanSamples.plan(
            events: """
                  - id: comite
                    kind: committee
                    title: {fr: Comité, en: Committee}
                    start: 2024-06-11T10:00
                    duration: 1h30
                    hosts: [quebec, namur]
                    repeat: {every: year, count: 3, except: [2025-06-11]}
                    audiences: [public, partner:namur]
                    domains: [culture]
                """)
        let plan = try PlanSamples.load(text)
        let activity = try #require(plan.activities.first)
        #expect(activity.kind == .committee)
        #expect(activity.hostIDs == ["quebec", "namur"])
        #expect(activity.audiences == [.public, .partner("namur")])
        #expect(
            activity.timing
                == .timed(
                    start: CivilDateTime(iso: "2024-06-11T10:00")!,
                    end: CivilDateTime(iso: "2024-06-11T11:30")!, zone: "America/Toronto"))
        #expect(activity.repetition?.count == 3)
        #expect(activity.repetition?.exceptions == [CivilDate(iso: "2025-06-11")!])
        #expect(plan.people.first?.email == "maire@example.org")
        #expect(plan.revision == Instant(utc: CivilDateTime(iso: "2024-01-15T09:00:00")!))
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let events: String
        /// Text at the reported position.
        let marker: String
        let messageFragment: String
        let hintFragment: String
        var occurrence = 1
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "unknown partner id",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-04-20
                    host: namurr
                """, marker: "namurr", messageFragment: "unknown partner 'namurr'", hintFragment: "did you mean 'namur'?"),
        Mistake(
            name: "unknown person id",
            events: """
                  - id: mission
                    kind: mission
                    title: Mission
                    dates: {from: 2025-04-20, to: 2025-04-25}
                    origin: quebec
                    destination: namur
                    travellers: [maire, mair2]
                """, marker: "mair2", messageFragment: "unknown person 'mair2'", hintFragment: "did you mean 'maire'?"),
        Mistake(
            name: "impossible date",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-02-30
                """, marker: "2025-02-30", messageFragment: "'2025-02-30' is not a valid date", hintFragment: "only 28 days"),
        Mistake(
            name: "unknown time zone",
            events: """
                  - id: appel
                    title: Appel
                    start: 2025-03-10T09:00
                    timezone: Europe/Namur
                """, marker: "Europe/Namur", messageFragment: "unknown time zone 'Europe/Namur'", hintFragment: "IANA"),
        Mistake(
            name: "end before start (dates)",
            events: """
                  - id: visite
                    title: Visite
                    dates: {from: 2025-04-25, to: 2025-04-20}
                """, marker: "2025-04-20}", messageFragment: "is before the start", hintFragment: "swap"),
        Mistake(
            name: "end before start (times)",
            events: """
                  - id: appel
                    title: Appel
                    host: quebec
                    start: 2025-03-10T09:00
                    end: 2025-03-10T08:00
                """, marker: "2025-03-10T08:00", messageFragment: "is not after the start", hintFragment: "duration"),
        Mistake(
            name: "duplicate id",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-04-20
                  - id: visite
                    title: Autre visite
                    date: 2025-04-21
                """, marker: "id: visite", messageFragment: "id 'visite' is already used", hintFragment: "unique id", occurrence: 2),
        Mistake(
            name: "unknown key",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-04-20
                    hots: quebec
                """, marker: "hots", messageFragment: "unknown key 'hots'", hintFragment: "did you mean 'host'?"),
        Mistake(
            name: "bad audience",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-04-20
                    audiences: [publik]
                """, marker: "publik", messageFragment: "unknown audience 'publik'", hintFragment: "did you mean 'public'?"),
        Mistake(
            name: "count and until",
            events: """
                  - id: visite
                    title: Visite
                    date: 2025-04-20
                    repeat: {every: year, count: 2, until: 2026-01-01}
                """, marker: "{every: year, count", messageFragment: "cannot be combined", hintFragment: "keep one"),
        Mistake(
            name: "no date",
            events: """
                  - id: visite
                    title: Visite
                """, marker: "id: visite", messageFragment: "has no date", hintFragment: "dates: {from, to}"),
        Mistake(
            name: "YAML syntax",
            events: """
                  - id: visite
                    title: [Visite
                    date: 2025-04-20
                """, marker: "date: 2025-04-20", messageFragment: "invalid YAML", hintFragment: "indentation"),
    ]

    @Test("Each mistake is refused with file:line:column, what is wrong and how to fix it", arguments: mistakes)
    func refusesMistake(_ mistake: Mistake) throws {
        let text = PlanSamples.plan(events: mistake.events)
        let issues = PlanSamples.issues(text)
        let issue = try #require(issues.first, "\(mistake.name) was accepted")
        let expected = PlanSamples.position(of: mistake.marker, in: text, occurrence: mistake.occurrence)
        #expect(issue.location.file == "essai.yaml")
        #expect(issue.location.line == expected.line, "\(issue.rendered(in: .en))")
        if mistake.name != "YAML syntax" { #expect(issue.location.column == expected.column, "\(issue.rendered(in: .en))") }
        #expect(issue.message.en.contains(mistake.messageFragment), "\(issue.message.en)")
        #expect(issue.hint?.en.contains(mistake.hintFragment) == true, "\(String(describing: issue.hint?.en))")
        #expect(!issue.message.fr.isEmpty && issue.message.fr != issue.message.en)
    }

    @Test("Every mistake in a file is reported, not just the first")
    func reportsAll() {
        let issues = PlanSamples.issues(
            PlanSamples.plan(
                events: """
                      - id: a
                        title: A
                        date: 2025-02-30
                      - id: b
                        title: B
                        date: 2025-04-20
                        host: nowhere
                    """))
        #expect(issues.count == 2)
    }

    @Test("French messages read as French")
    func frenchRendering() throws {
        let issues = PlanSamples.issues(
            PlanSamples.plan(
                events: """
                      - id: a
                        title: A
                        date: 2025-02-30
                    """))
        let rendered = try #require(issues.first).rendered(in: .fr)
        #expect(rendered.hasPrefix("essai.yaml:"))
        #expect(rendered.contains(": erreur : "))
        #expect(rendered.contains("correction : "))
        #expect(rendered.contains("n'est pas une date valide"))
        #expect(rendered.contains("ce mois n'a que 28 jours"))
    }

    @Test("Exponential YAML aliases are refused quickly with a bounded report")
    func aliasBomb() {
        var text =
            PlanSamples.header.replacingOccurrences(of: "partners:\n", with: "unused:\n") + "x0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            text += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "partners: *a8\n"
        let issues = PlanSamples.issues(text)
        #expect(!issues.isEmpty)
        #expect(issues.count <= PlanLimits.maximumIssues)
    }

    @Test("A document past the node budget is refused with a clear message")
    func nodeBudget() throws {
        do {
            _ = try PlanLoader.load(data: Data(PlanSamples.plan(events: "  []\n").utf8), file: "big.yaml", nodeBudget: 20)
            Issue.record("accepted a plan past the node budget")
        } catch let error as SourceError {
            #expect(error.issues.contains { $0.message.en.contains("too large") })
            #expect(error.issues.contains { $0.hint?.fr.contains("découpez") == true })
        }
    }

    @Test("Invalid UTF-8 is reported with its line")
    func invalidUTF8() throws {
        var data = Data("jumelage: 1\nid: x\ntitle: caf".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(contentsOf: Array("\n".utf8))
        do {
            _ = try PlanLoader.load(data: data, file: "bad.yaml")
            Issue.record("accepted invalid UTF-8")
        } catch let error as SourceError {
            #expect(error.issues.first?.location.line == 3)
            #expect(error.issues.first?.location.column == 11)
            #expect(error.issues.first?.message.en.contains("UTF-8") == true)
        }
    }

    @Test("Durations in the forms coordinators write")
    func durations() {
        #expect(PlanDecoder.durationSeconds("2h") == 7200)
        #expect(PlanDecoder.durationSeconds("90min") == 5400)
        #expect(PlanDecoder.durationSeconds("1h30") == 5400)
        #expect(PlanDecoder.durationSeconds("PT1H30M") == 5400)
        #expect(PlanDecoder.durationSeconds("45m") == 2700)
        #expect(PlanDecoder.durationSeconds("soon") == nil)
        #expect(PlanDecoder.durationSeconds("90") == nil)
    }
}
