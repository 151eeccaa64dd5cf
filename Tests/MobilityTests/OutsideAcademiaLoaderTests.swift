import Foundation
import Testing
import TestSupport

@testable import YAMLReading
@testable import PlanFormat
@testable import Mobility

/// (what is changed in the youth fixture, the first message in English).
let outsideAcademiaMistakes: [(String, String, String)] = [
    (
        "      - partner: aura\n", "      - partner: aura\n        calendar: unamur\n",
        "jeunes.yaml:37:19: error: 'calendar' belongs to universities: the stays of this programme follow no academic calendar\n  fix: remove 'calendar' and give the programme's seasons in 'periods:' (dates and deadlines)"
    ),
    (
        "{year: 2025, youth-internship: 6", "{year: 2025/2026, youth-internship: 6",
        "jeunes.yaml:68:20: error: '2025/2026' is an academic year, but the stays of this programme follow no academic calendar\n  fix: write the calendar year, for example 2025"
    ),
    (
        "{year: 2025, youth-internship: 6", "{year: 25, youth-internship: 6",
        "jeunes.yaml:68:20: error: '25' is not a year\n  fix: write a year from 1990 to 2100, for example 2025"
    ),
    (
        "        to: aura\n", "        to: aura\n        types: [student-semester]\n",
        "jeunes.yaml:72:16: error: this programme mixes university stays (student-semester) and stays outside academia (youth-internship)\n  fix: make them two programmes; a direction without 'types' offers the programme's, else the university stays"
    ),
    (
        "to: 2026-10-16}", "to: 2026-10-08}",
        "jeunes.yaml:53:9: error: period 'forum-2026' lasts 4 days, less than the shortest 'youth-exchange' stay (7 days)\n  fix: lengthen the period, restrict it to other stays ('types:'), or shorten that stay in 'lengths:'"
    ),
    (
        "application: --03-15", "application: 2026-03-15",
        "jeunes.yaml:44:22: error: a period that comes back every year takes its deadlines as days of the year, not '2026-03-15'\n  fix: write --03-15 (every year), or give the period 'dates: {from, to}'"
    ),
    (
        "application: 2026-07-01", "application: 2026-10-06",
        "jeunes.yaml:57:22: error: the 'application' deadline (2026-10-06) is not before the period starts (2026-10-05)\n  fix: a deadline leads to the stay: put it before 2026-10-05"
    ),
    (
        "application: --09-30", "application: --09-31",
        "jeunes.yaml:51:22: error: '--09-31' is neither a valid date nor a valid day of the year for 'application'\n  fix: write --MM-DD for every year (--02-15), or YYYY-MM-DD for a period with dates"
    ),
    (
        "        dates: {from: 2026-10-05", "        from: --10-05\n        dates: {from: 2026-10-05",
        "jeunes.yaml:57:16: error: a period has either 'from' and 'to' (every year) or 'dates' (once), not both\n  fix: keep 'from: --05-01' and 'to: --08-31', or 'dates: {from: 2026-05-01, to: 2026-08-31}'"
    ),
    (
        "        to: --08-31\n", "",
        "jeunes.yaml:39:9: error: 'periods' needs the key 'to'\n  fix: add a line 'to: …'"
    ),
    (
        "from: --12-01", "from: --13-01",
        "jeunes.yaml:48:15: error: '--13-01' is not a valid day of the year for 'from'\n  fix: write --MM-DD, for example --05-01"
    ),
    (
        "      - id: hiver\n", "      - id: ete\n",
        "jeunes.yaml:45:9: error: period 'ete' already exists (line 39)\n  fix: give each period a unique id"
    ),
    (
        "        types: [youth-exchange]\n        dates", "        types: [staff-exchange]\n        dates",
        "jeunes.yaml:53:9: error: period 'forum-2026' is for 'staff-exchange', which no direction offers here\n  fix: add it to the directions' 'types', or remove it from the period"
    ),
    (
        "      youth-exchange: {min: 7, max: 21}\n",
        "      youth-exchange: {min: 7, max: 21}\n      student-semester: {min: 10, max: 20}\n",
        "jeunes.yaml:35:25: error: the length of university stays ('student-semester') follows Erasmus+ KA171: it is not set here\n  fix: 'lengths' sets youth-internship, youth-exchange and staff-exchange"
    ),
    (
        "{min: 7, max: 21}", "{min: 21, max: 7}",
        "jeunes.yaml:34:38: error: the maximum (7 days) is shorter than the minimum (21 days)\n  fix: swap the two values"
    ),
    (
        "ages: {from: 18, to: 35}", "ages: {from: 35, to: 18}",
        "jeunes.yaml:31:26: error: the upper age (18) is below the lower one (35)\n  fix: write for example 'ages: {from: 18, to: 35}'"
    ),
    (
        "types: [youth-internship, youth-exchange]", "types: [youth-internship, youth-exchnage]",
        "jeunes.yaml:30:31: error: unknown mobility type 'youth-exchnage'\n  fix: did you mean 'youth-exchange'?"
    ),
    (
        "balance: {tolerance: 2}", "balance: {tolerence: 2}",
        "jeunes.yaml:32:15: error: unknown key 'tolerence' in 'balance'\n  fix: did you mean 'tolerance'?"
    ),
]

@Suite("Programmes outside academia in plans, and the checks every command shares")
struct OutsideAcademiaLoaderTests {
    typealias S = MobilitySamples

    static var youth: String {
        (try? String(contentsOf: Repository.fixtures.appendingPathComponent("mobility/youth-programme.yaml"), encoding: .utf8)) ?? ""
    }

    func rendered(_ text: String, file: String = "jeunes.yaml") -> [String] {
        do {
            _ = try PlanLoader.load(data: Data(text.utf8), file: file)
            return []
        } catch let error as SourceError {
            return error.issues.map { $0.rendered(in: .en) }
        } catch {
            return ["\(error)"]
        }
    }

    @Test("The youth fixture loads as it is")
    func valid() {
        #expect(rendered(Self.youth) == [])
    }

    @Test(
        "Mistakes in a programme outside academia are refused where they are written, with the fix",
        arguments: outsideAcademiaMistakes.indices)
    func mistakes(index: Int) {
        let (old, new, expected) = outsideAcademiaMistakes[index]
        #expect(Self.youth.contains(old), "the fixture no longer has \(old)")
        #expect(rendered(Self.youth.replacingOccurrences(of: old, with: new)).first == expected)
    }

    @Test("Between universities, periods are refused and balance is said once")
    func universityMistakes() {
        let periods = S.validProgramme + "\n    periods:\n      - {id: ete, name: Été}\n"
        #expect(
            rendered(S.plan(mobility: periods), file: "essai.yaml") == [
                "essai.yaml:39:7: error: 'periods' is for programmes outside academia: university stays follow the terms of the academic calendars\n  fix: remove 'periods', or name the programme's stays, for example 'types: [youth-internship]'"
            ])
        let both = S.validProgramme + "\n    balanceTolerance: 1\n    balance: {tolerance: 2}\n"
        #expect(
            rendered(S.plan(mobility: both), file: "essai.yaml") == [
                "essai.yaml:38:23: error: 'balanceTolerance' and 'balance' say the same thing\n  fix: keep 'balance: {tolerance: N}', which also warns when a year is not balanced"
            ])
        let plan = try? PlanLoader.load(
            data: Data(S.plan(mobility: S.validProgramme + "\n    balance: {tolerance: 0}\n").utf8), file: "essai.yaml")
        #expect(plan?.mobility.first?.balance?.tolerance == 0 && plan?.mobility.first?.balanceTolerance == 0)
    }

    @Test("A missing academic calendar is refused once, at its line, in both languages, by the check every command runs")
    func missingCalendarOnce() throws {
        let path = Repository.fixtures.appendingPathComponent("bad/mobility-missing-calendar.yaml").path
        let plan = try PlanLoader.load(file: path)
        do {
            _ = try MobilityScheduler.schedule([plan, plan], calendarsDirectory: nil)
            Issue.record("a missing calendar must be refused")
        } catch let error as SourceError {
            #expect(
                error.issues.map { $0.rendered(in: .en) } == [
                    "\(path):34:19: error: no academic calendar 'uqam' (calendars/academic/uqam.yaml)\n  fix: did you mean 'uqtr'?"
                ])
            #expect(
                error.issues.map { $0.rendered(in: .fr) } == [
                    "\(path):34:19: erreur : aucun calendrier universitaire « uqam » (calendars/academic/uqam.yaml)\n  correction : vouliez-vous dire « uqtr » ?"
                ])
        }
    }

    @Test("A programme whose stays were not named needs calendars; the message says how to name youth and staff stays")
    func forgottenTypes() throws {
        let text =
            Self.youth.components(separatedBy: "mobility:\n")[0] + """
                mobility:
                  - id: jeunes
                    title: Jeunes
                    institutions:
                      - partner: aura
                      - partner: capitale-nationale
                    directions:
                      - {from: aura, to: capitale-nationale}

                """
        let plan = try PlanLoader.load(data: Data(text.utf8), file: "jeunes.yaml")
        #expect(plan.mobility[0].followsAcademicCalendars)
        do {
            _ = try MobilityScheduler.schedule([plan], calendarsDirectory: nil)
            Issue.record("no calendar 'aura' exists")
        } catch let error as SourceError {
            #expect(
                error.issues.map { $0.rendered(in: .en) }.first
                    == "jeunes.yaml:30:9: error: no academic calendar 'aura' (calendars/academic/aura.yaml)\n  fix: expected one of: unamur, uqtr; for a programme outside academia (youth, staff), name its stays: 'types: [youth-internship, youth-exchange, staff-exchange]'"
            )
        }
    }
}
