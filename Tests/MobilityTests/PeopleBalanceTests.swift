import Foundation
import Testing

@testable import Mobility

@Suite("Balance counted in people")
struct PeopleBalanceTests {
    typealias S = MobilitySamples

    @Test("People per direction and year, the gap and whether it is within the tolerance")
    func peoplePerDirection() throws {
        let schedule = try S.scheduleWithoutCalendars([S.fixture("youth-programme")])
        // year: [people per direction], gap, balanced
        let expected: [(String, [Int], Int, Bool)] = [("2025", [14, 9], 5, false), ("2026", [11, 10], 1, true)]
        #expect(schedule.balances.count == expected.count)
        for (balance, (year, people, gap, balanced)) in zip(schedule.balances, expected) {
            #expect(balance.year == year)
            #expect(balance.rows.map(\.people) == people, "\(year)")
            #expect(balance.rows.map(\.planned) == people, "\(year)")
            #expect(balance.imbalance == gap && balance.balanced == balanced && balance.asked, "\(year)")
        }
        #expect(schedule.balances[0].heavier?.fromID == "aura" && schedule.balances[0].lighter?.fromID == "capitale-nationale")
    }

    @Test("A year that misses the balance the programme aims at is a warning, in both languages")
    func warning() throws {
        let schedule = try S.scheduleWithoutCalendars([S.fixture("youth-programme")])
        #expect(
            schedule.warnings.map(\.fr) == [
                "Stages et échanges OFQJ, 2025 : Région Auvergne-Rhône-Alpes → Région de la Capitale-Nationale 14 personnes, Région de la Capitale-Nationale → Région Auvergne-Rhône-Alpes 9 personnes ; l'écart de 5 dépasse les 2 que tolère l'équilibre visé"
            ])
        #expect(
            schedule.warnings.map(\.en) == [
                "OFQJ internships and exchanges, 2025: Auvergne-Rhône-Alpes Region → Capitale-Nationale Region 14 people, Capitale-Nationale Region → Auvergne-Rhône-Alpes Region 9 people; the gap of 5 exceeds the 2 the balance aimed at tolerates"
            ])
        let text = WindowsTable.render(schedule, language: .en)
        #expect(text.contains("warning: OFQJ internships and exchanges, 2025: "))
        let json = WindowsReport(schedule: schedule, language: .en)
        #expect(json.balance.map(\.warning) == [schedule.warnings[0].en, nil])
        #expect(json.balance[0].directions.map(\.people) == [14, 9])
    }

    @Test("Only the stays the balance names count; without `balance:` an uneven year gives no warning")
    func countedTypesAndSilence() throws {
        var plan = try S.fixture("youth-programme")
        plan.mobility[0].balance?.types = [.youthInternship]
        let counted = try S.scheduleWithoutCalendars([plan])
        #expect(counted.balances.map { $0.rows.map(\.people) } == [[6, 3], [5, 4]])
        #expect(counted.balances.map(\.imbalance) == [3, 1])
        #expect(counted.balances[0].rows.map(\.planned) == [14, 9])
        #expect(counted.warnings.count == 1)

        let staff = try S.scheduleWithoutCalendars([S.fixture("staff-exchange")])
        #expect(staff.balances.map { $0.rows.map(\.people) } == [[1, 1], [2, 0]])
        #expect(staff.balances.map(\.balanced) == [true, false])
        #expect(staff.balances.allSatisfy { !$0.asked })
        #expect(staff.warnings.isEmpty)
    }

    @Test("The windows table counts people outside academia and leaves out the home-overlap column")
    func table() throws {
        let text = WindowsTable.render(try S.scheduleWithoutCalendars([S.fixture("youth-programme")]).filtered(year: "2025"), language: .fr)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "Stages et échanges OFQJ — Région Auvergne-Rhône-Alpes → Région de la Capitale-Nationale")
        #expect(lines[1] == "Âge : 18 à 35 ans")
        #expect(lines[3].hasPrefix("Année") && !lines[3].contains("Chevauche"))
        #expect(text.contains("hiver") == false && text.contains("Hiver"))
        #expect(text.contains("2025-12-01*"))
        #expect(text.contains("nom. 2025-09-01*, cand. 2025-09-30*"))
        #expect(lines.contains { $0.hasPrefix("Année") && $0.contains("Personnes comptées") })
        #expect(text.contains("* date de travail : à confirmer auprès des organismes du programme"))
    }

    @Test("University programmes keep their table and JSON: students, no people, no warning")
    func universityUnchanged() throws {
        let schedule = try S.schedule()
        #expect(schedule.warnings.isEmpty)
        let json = WindowsReport(schedule: schedule, language: .en).json()
        for key in ["\"people\"", "\"warning\"", "\"counted\"", "\"periods\"", "\"ages\"", "\"balanceAim\""] {
            #expect(!json.contains(key), "\(key)")
        }
        #expect(WindowsTable.render(schedule, language: .en).contains("Students"))
    }
}
