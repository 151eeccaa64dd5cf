import CivilTime
import Testing

@Suite("Exchange windows of UNamur–UQTR")
struct WindowTests {
    typealias S = MobilitySamples

    @Test("The plan's programme is read: institutions, calendars, month-day deadlines, quotas")
    func programmeIsRead() throws {
        let plan = try S.terrebonne()
        let programme = try #require(plan.mobility.first)
        #expect(programme.id == "unamur-uqtr")
        #expect(programme.agreementID == "entente-unamur-uqtr")
        #expect(programme.institutions.map(\.partnerID) == ["unamur", "uqtr"])
        #expect(programme.institutions.map(\.calendarID) == ["unamur", "uqtr"])
        let unamur = try #require(programme.institution("unamur"))
        #expect(unamur.deadlines.map(\.nomination) == [MonthDay(month: 4, day: 30), MonthDay(month: 10, day: 15)])
        #expect(unamur.deadlines.map(\.application) == [MonthDay(month: 5, day: 15), MonthDay(month: 10, day: 31)])
        #expect(unamur.deadlines.allSatisfy { !$0.estimated })
        #expect(programme.institution("uqtr")!.deadlines.allSatisfy { $0.estimated })
        let outgoing = try #require(programme.direction(from: "unamur", to: "uqtr"))
        #expect(outgoing.quotas[.studentSemester] == 2)
        #expect(outgoing.languages.map(\.level) == ["B2"])
        #expect(outgoing.planned(in: "2025/2026")?.total == 4)
    }

    @Test("2025/2026, UNamur to UQTR: the fall and winter terms, home overlaps, deadlines")
    func unamurToUqtr2025() throws {
        let schedule = try S.schedule()
        let fall = try #require(S.window(schedule, from: "unamur", to: "uqtr", year: "2025/2026", type: .studentSemester, term: "1/3"))
        #expect(fall.start == S.date("2025-09-02") && fall.end == S.date("2025-12-12"))
        #expect(fall.estimated)
        // The UQTR fall term starts during UNamur's resit session.
        #expect(fall.homeOverlaps.map(\.id) == ["resit"])
        #expect(fall.homeOverlaps[0].from == S.date("2025-09-02") && fall.homeOverlaps[0].to == S.date("2025-09-13"))
        #expect(fall.homeOverlaps[0].days == 12)
        #expect(S.deadline(fall, .nomination) == S.date("2025-03-01"))
        #expect(S.deadline(fall, .application) == S.date("2025-03-15"))
        // A term is under six months: no CAQ, only the eTA.
        #expect(S.deadline(fall, .permits, permit: "CAQ") == nil)
        #expect(S.deadline(fall, .permits, permit: "Electronic") == S.date("2025-08-19"))

        let winter = try #require(S.window(schedule, from: "unamur", to: "uqtr", year: "2025/2026", type: .studentSemester, term: "2/3"))
        #expect(winter.start == S.date("2026-01-05") && winter.end == S.date("2026-04-17"))
        // Going to UQTR in winter means missing UNamur's whole January session.
        #expect(winter.homeOverlaps.map(\.id) == ["exams-january"])
        #expect(winter.homeOverlaps[0].isWhole)
        #expect(S.deadline(winter, .nomination) == S.date("2025-09-15"))
        #expect(S.deadline(winter, .application) == S.date("2025-10-01"))

        let year = try #require(S.window(schedule, from: "unamur", to: "uqtr", year: "2025/2026", type: .studentYear))
        #expect(year.start == S.date("2025-09-02") && year.end == S.date("2026-04-17"))
        #expect(year.termIDs == ["1/3", "2/3"])
        #expect(year.homeOverlaps.map(\.id) == ["resit", "blocus-january", "exams-january"])
        #expect(S.deadline(year, .nomination) == S.date("2025-03-01"))
        // Over six months of studies in Québec: CAQ and study permit, 120 days ahead.
        #expect(S.deadline(year, .permits, permit: "CAQ") == S.date("2025-05-05"))
    }

    @Test("2025/2026, UQTR to UNamur: the quadrimestres, UQTR exams overlapped, UNamur's published deadlines")
    func uqtrToUnamur2025() throws {
        let schedule = try S.schedule()
        let q1 = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2025/2026", type: .studentSemester, term: "1/3"))
        #expect(q1.start == S.date("2025-09-14") && q1.end == S.date("2026-01-31"))
        #expect(q1.homeOverlaps.map(\.id) == ["exams-fall"])
        #expect(q1.homeTerms.map(\.id) == ["1/3", "2/3"])
        #expect(q1.homeTerms[1].from == S.date("2026-01-05") && q1.homeTerms[1].to == S.date("2026-01-31"))
        #expect(S.deadline(q1, .nomination) == S.date("2025-04-30"))
        #expect(S.deadline(q1, .application) == S.date("2025-05-15"))
        #expect(q1.deadlines.filter { $0.kind != .permits }.allSatisfy { !$0.estimated })
        // Over 90 days in Belgium: a type D visa, 90 days ahead.
        #expect(S.deadline(q1, .permits) == S.date("2025-06-16"))

        let q2 = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2025/2026", type: .studentSemester, term: "2/3"))
        #expect(q2.start == S.date("2026-02-01") && q2.end == S.date("2026-06-30"))
        #expect(q2.homeOverlaps.map(\.id) == ["exams-winter"])
        #expect(S.deadline(q2, .nomination) == S.date("2025-10-15"))
        #expect(S.deadline(q2, .application) == S.date("2025-10-31"))
        #expect(S.deadline(q2, .permits) == S.date("2025-11-03"))

        let year = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2025/2026", type: .studentYear))
        #expect(year.start == S.date("2025-09-14") && year.end == S.date("2026-06-30"))
        #expect(S.deadline(year, .nomination) == S.date("2025-04-30"))
    }

    @Test("2026/2027 in both directions")
    func bothDirections2026() throws {
        let schedule = try S.schedule()
        let fall = try #require(S.window(schedule, from: "unamur", to: "uqtr", year: "2026/2027", type: .studentSemester, term: "1/3"))
        #expect(fall.start == S.date("2026-09-08") && fall.end == S.date("2026-12-18"))
        #expect(fall.homeOverlaps.map(\.id) == ["resit", "blocus-january"])
        #expect(fall.homeOverlaps.map(\.days) == [5, 5])
        #expect(S.deadline(fall, .nomination) == S.date("2026-03-01"))
        #expect(S.deadline(fall, .application) == S.date("2026-03-15"))

        let winter = try #require(S.window(schedule, from: "unamur", to: "uqtr", year: "2026/2027", type: .studentSemester, term: "2/3"))
        #expect(winter.start == S.date("2027-01-11") && winter.end == S.date("2027-04-23"))
        #expect(winter.homeOverlaps.map(\.id) == ["exams-january"])
        #expect(winter.homeOverlaps[0].from == S.date("2027-01-11") && winter.homeOverlaps[0].to == S.date("2027-01-23"))
        #expect(S.deadline(winter, .nomination) == S.date("2026-09-15"))

        let q1 = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2026/2027", type: .studentSemester, term: "1/3"))
        #expect(q1.start == S.date("2026-09-14") && q1.end == S.date("2027-01-31"))
        #expect(q1.homeOverlaps.map(\.id) == ["exams-fall"])
        #expect(S.deadline(q1, .nomination) == S.date("2026-04-30"))
        #expect(S.deadline(q1, .application) == S.date("2026-05-15"))
        #expect(S.deadline(q1, .permits) == S.date("2026-06-16"))

        let q2 = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2026/2027", type: .studentSemester, term: "2/3"))
        #expect(q2.start == S.date("2027-02-01") && q2.end == S.date("2027-06-30"))
        #expect(q2.homeOverlaps.map(\.id) == ["exams-winter"])
        #expect(S.deadline(q2, .nomination) == S.date("2026-10-15"))
    }

    @Test("Short stays fit anywhere in the window; their clear stretches avoid home exams and host breaks")
    func shortStays() throws {
        let schedule = try S.schedule()
        let doctoral = try #require(S.window(schedule, from: "uqtr", to: "unamur", year: "2025/2026", type: .doctoralShort))
        #expect(!doctoral.fixed)
        #expect(doctoral.stayDays == 5...30)
        #expect(doctoral.start == S.date("2025-09-14") && doctoral.end == S.date("2026-09-13"))
        #expect(!doctoral.clearSpans.isEmpty)
        for span in doctoral.clearSpans {
            #expect(span.dayCount >= 5)
            #expect(!doctoral.homeOverlaps.contains { $0.from <= span.last && span.first <= $0.to })
            #expect(!span.contains(S.date("2025-12-25")))  // UNamur's winter break
        }
        let teaching = schedule.windows.filter { $0.fromID == "unamur" && $0.type == .staffTeaching && $0.year == "2025/2026" }
        #expect(teaching.map(\.periodID) == ["teaching-fall", "teaching-winter"])
        #expect(teaching[0].stayDays == 5...60)
        // The reading week is not a clear stretch for teaching.
        #expect(!teaching[0].clearSpans.contains { $0.contains(S.date("2025-10-22")) })
        #expect(teaching[0].notes.contains { $0.en.contains("plus up to 2 travel days") })
    }

    @Test("Windows cover the years of the agreement that the calendars have, in a stable order")
    func yearsAndOrder() throws {
        let schedule = try S.schedule()
        #expect(Set(schedule.windows.map(\.year)) == ["2024/2025", "2025/2026", "2026/2027"])
        let again = try S.schedule()
        #expect(schedule == again)
        let keys = schedule.windows.map { "\($0.fromID)/\($0.toID)/\($0.key)" }
        #expect(Set(keys).count == keys.count)
        let filtered = schedule.filtered(from: "unamur", to: "uqtr", year: "2025/2026")
        #expect(filtered.windows.allSatisfy { $0.fromID == "unamur" && $0.year == "2025/2026" })
        #expect(filtered.windows.count == 2 + 1 + 1 + 2 + 1)
    }

    @Test("A permit that needs longer than the application allows is pointed out")
    func tightPermitNote() throws {
        let schedule = try S.schedule()
        for window in schedule.windows {
            let application = window.deadlines.filter { $0.kind == .application }.map(\.date).max()
            let tight = window.deadlines.contains { $0.kind == .permits && application != nil && $0.date < application! }
            #expect(tight == window.notes.contains { $0.en.contains("runs out") }, "\(window.key)")
        }
    }
}
