import Foundation
import Testing

@testable import Mobility

@Suite("Mobility balance")
struct BalanceTests {
    typealias S = MobilitySamples

    @Test("Planned participants per direction and year against the quotas")
    func balanceReport() throws {
        let schedule = try S.schedule()
        #expect(schedule.balances.map(\.year) == ["2024/2025", "2025/2026", "2026/2027"])

        let current = try #require(schedule.balances.first { $0.year == "2025/2026" })
        let out = try #require(current.rows.first { $0.fromID == "unamur" })
        let back = try #require(current.rows.first { $0.fromID == "uqtr" })
        #expect(out.planned == 4 && out.quota == 7 && out.students == 3)
        #expect(back.planned == 2 && back.students == 1)
        #expect(out.lines.first { $0.type == .studentSemester }?.remaining == 0)
        #expect(out.overQuota.isEmpty && back.overQuota.isEmpty)
        #expect(current.imbalance == 2)
        #expect(!current.balanced)
        #expect(current.heavier?.fromID == "unamur")

        let next = try #require(schedule.balances.first { $0.year == "2026/2027" })
        #expect(next.rows.map(\.planned) == [3, 4])
        #expect(next.imbalance == 1 && next.balanced)
    }

    @Test("Over quota and years without a plan show")
    func overQuota() throws {
        var plan = try S.terrebonne()
        plan.mobility[0].directions[0].planned[0].counts[.studentSemester] = 5
        plan.mobility[0].directions[1].planned.removeAll { $0.year == "2024/2025" }
        let schedule = try MobilityScheduler.schedule([plan], catalog: S.catalog())
        let first = try #require(schedule.balances.first { $0.year == "2024/2025" })
        #expect(first.rows[0].overQuota == [.studentSemester])
        #expect(!first.rows[1].hasPlan && first.rows[1].planned == 0)
        #expect(first.imbalance == 6)
    }

    @Test("The JSON report carries windows, deadlines and balance with sorted keys")
    func jsonReport() throws {
        let schedule = try S.schedule().filtered(year: "2025/2026")
        let json = WindowsReport(schedule: schedule, language: .en).json()
        #expect(json.contains("\"format\" : 1"))
        #expect(json.contains("\"feed\" : \"mobilite-unamur-uqtr-unamur-vers-uqtr.ics\""))
        #expect(json.contains("\"kind\" : \"nomination\""))
        #expect(json.contains("\"imbalance\" : 2"))
        #expect(json == WindowsReport(schedule: schedule, language: .en).json())
        let report = try JSONDecoder().decode(WindowsReport.self, from: Data(json.utf8))
        #expect(report.windows.allSatisfy { $0.year == "2025/2026" })
        #expect(report.balance.count == 1)
    }

    @Test("The text table lists the windows, the deadlines and the balance")
    func textTable() throws {
        let text = WindowsTable.render(try S.schedule().filtered(from: "unamur", to: "uqtr", year: "2025/2026"), language: .fr)
        #expect(text.contains("Échanges UNamur–UQTR — UNamur → UQTR"))
        #expect(text.contains("2025-09-02*"))
        #expect(text.contains("nom. 2025-03-01*"))
        #expect(text.contains("Équilibre des mobilités"))
        #expect(!text.contains("Échanges UNamur–UQTR — UQTR → UNamur"))
    }
}
