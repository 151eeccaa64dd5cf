import CivilTime
import Foundation
import Testing
import TestSupport

@testable import PlanModel
@testable import PlanFormat
@testable import Mobility

@Suite("Windows of programmes outside academia")
struct SeasonWindowTests {
    typealias S = MobilitySamples

    @Test("A youth programme is read: stays, ages, seasons, deadlines as month-days and dates, lengths, balance")
    func youthProgrammeIsRead() throws {
        let programme = try #require(try S.fixture("youth-programme").mobility.first)
        #expect(!programme.followsAcademicCalendars)
        #expect(programme.institutions.map(\.calendarID) == [nil, nil])
        #expect(programme.directions.map(\.types) == [[.youthInternship, .youthExchange], [.youthInternship, .youthExchange]])
        #expect(programme.ages == 18...35)
        #expect(programme.domainIDs == ["jeunesse"])
        #expect(programme.balance?.tolerance == 2 && programme.balanceTolerance == 2)
        #expect(programme.stayDays(.youthExchange) == 7...21)
        #expect(programme.stayDays(.youthInternship) == 60...183)
        #expect(programme.periods.map(\.id) == ["ete", "hiver", "forum-2026"])
        #expect(
            programme.periods.map(\.span) == [
                .yearly(from: MonthDay(month: 6, day: 1)!, to: MonthDay(month: 8, day: 31)!),
                .yearly(from: MonthDay(month: 12, day: 1)!, to: MonthDay(month: 2, day: 28)!),
                .dated(DateRange(first: S.date("2026-10-05"), last: S.date("2026-10-16"))),
            ])
        #expect(
            programme.periods.map(\.application) == [
                .monthDay(MonthDay(month: 3, day: 15)!), .monthDay(MonthDay(month: 9, day: 30)!), .date(S.date("2026-07-01")),
            ])
        #expect(programme.periods.map(\.nomination) == [nil, .monthDay(MonthDay(month: 9, day: 1)!), nil])
        #expect(programme.directions[0].planned(in: "2025")?.total == 14)
    }

    @Test("Youth windows: internships any time of the year, exchanges in their seasons, with their deadlines")
    func youthWindows() throws {
        let schedule = try S.scheduleWithoutCalendars([S.fixture("youth-programme")])
        let outgoing = schedule.windows.filter { $0.fromID == "aura" }.map(S.summary)
        #expect(
            outgoing == [
                "2025 youth-internship - 2025-01-01 2025-12-31 60-183",
                "2025 youth-exchange ete 2025-06-01 2025-08-31 7-21 application:2025-03-15(aura)",
                // Winter crosses the new year; its deadlines are the last 1 and 30 September before it.
                "2025 youth-exchange hiver 2025-12-01 2026-02-28 7-21* nomination:2025-09-01(aura)* application:2025-09-30(aura)*",
                "2026 youth-internship - 2026-01-01 2026-12-31 60-183",
                "2026 youth-exchange ete 2026-06-01 2026-08-31 7-21 application:2026-03-15(aura)",
                // The forum has dates of its own and a dated deadline; its 12 days cap the stay.
                "2026 youth-exchange forum-2026 2026-10-05 2026-10-16 7-12 application:2026-07-01(aura)",
                // The horizon ends on 31 December 2026: the winter window is cut, its deadlines are not.
                "2026 youth-exchange hiver 2026-12-01 2026-12-31 7-21* nomination:2026-09-01(aura)* application:2026-09-30(aura)*",
            ])
        let incoming = schedule.windows.filter { $0.fromID == "capitale-nationale" }.map(S.summary)
        #expect(incoming.count == 7)
        #expect(incoming[1] == "2025 youth-exchange ete 2025-06-01 2025-08-31 7-21 application:2025-03-15(capitale-nationale)")
        #expect(schedule.windows.allSatisfy { $0.homeOverlaps.isEmpty && $0.homeTerms.isEmpty && $0.clearSpans.isEmpty && !$0.fixed })
    }

    @Test("Notes say the stay's length, travel days, permits and a window cut by the horizon")
    func youthNotes() throws {
        let schedule = try S.scheduleWithoutCalendars([S.fixture("youth-programme")])
        let internship = try #require(schedule.windows.first { $0.fromID == "aura" && $0.type == .youthInternship })
        #expect(
            internship.notes.map(\.en) == [
                "A stay of 60 to 183 days, anywhere in the window.",
                "International Experience Canada permit: apply at least 56 days before leaving (estimated lead time).",
            ])
        let winter = try #require(schedule.windows.first { $0.fromID == "aura" && $0.year == "2026" && $0.periodID == "hiver" })
        #expect(
            winter.notes.map(\.fr) == [
                "Séjour de 7 à 21 jours à choisir dans la fenêtre, plus jusqu'à 2 jours de voyage.",
                "Fenêtre limitée à la période couverte (entente, horizon du plan).",
            ])
        #expect(winter.name.fr == "Hiver" && internship.name.en == "Any time in 2025")
    }

    @Test("Staff exchanges without any academic calendar: any time of the protocol's period, proposals the November before")
    func staffExchange() throws {
        let plan = try S.fixture("staff-exchange")
        let programme = try #require(plan.mobility.first)
        #expect(!programme.followsAcademicCalendars)
        #expect(try MobilityScheduler.catalog(for: [plan]) == nil)
        let schedule = try MobilityScheduler.schedule([plan], calendarsDirectory: nil)
        #expect(
            schedule.windows.map(S.summary) == [
                // The protocol starts on 1 April 2025 and ends on 30 June 2026.
                "2025 staff-exchange annee 2025-04-01 2025-12-31 5-60 nomination:2024-11-15(quebec)",
                "2026 staff-exchange annee 2026-01-01 2026-06-30 5-60 nomination:2025-11-15(quebec)",
                "2025 staff-exchange annee 2025-04-01 2025-12-31 5-60 nomination:2024-11-15(namur)",
                "2026 staff-exchange annee 2026-01-01 2026-06-30 5-60 nomination:2025-11-15(namur)",
            ])
        #expect(
            schedule.windows[0].notes.map(\.en) == [
                "A stay of 5 to 60 days, anywhere in the window, plus up to 2 travel days.",
                "Window limited to the period covered (agreement, plan horizon).",
            ])
        #expect(schedule.windows[0].name.en == "Exchange year")
    }

    @Test("An agreement whose period lies outside the horizon gives no window and says how to list the years")
    func agreementOutsideHorizon() throws {
        var plan = try S.fixture("staff-exchange")
        plan.ties[0].period = DateRange(first: S.date("2008-01-01"), last: S.date("2010-12-31"))
        let schedule = try S.scheduleWithoutCalendars([plan])
        #expect(schedule.windows.isEmpty)
        #expect(
            schedule.warnings.map(\.en) == [
                "services-municipaux: agreement 'protocole' covers 2008-01-01 – 2010-12-31, outside the plan's horizon (2025-01-01 – 2026-12-31); no window: list the programme's years in 'years:'"
            ])
        plan.mobility[0].years = ["2026"]
        #expect(
            try S.scheduleWithoutCalendars([plan]).windows.map(S.summary).first
                == "2026 staff-exchange annee 2026-01-01 2026-12-31 5-60 nomination:2025-11-15(quebec)")
    }

    @Test("Each stay's length: where the numbers come from, and the programme's own")
    func lengths() {
        let table: [(MobilityType, ClosedRange<Int>, Int, Bool)] = [
            (.studentSemester, 60...365, 0, true), (.studentYear, 60...365, 0, true), (.doctoralShort, 5...30, 0, true),
            (.staffTeaching, 5...60, 2, true), (.staffTraining, 5...60, 2, true),
            (.youthInternship, 60...183, 0, false), (.youthExchange, 5...30, 2, false), (.staffExchange, 5...60, 2, false),
        ]
        for (type, days, travel, academic) in table {
            #expect(type.stayDays == days, "\(type)")
            #expect(type.travelDays == travel, "\(type)")
            #expect(type.usesAcademicCalendar == academic, "\(type)")
        }
        #expect(MobilityType.academic + MobilityType.outsideAcademia == MobilityType.allCases)
    }

    @Test("The France–Québec plan: youth mobility both ways with balance, staff exchanges between local governments")
    func franceQuebec() throws {
        let plan = try S.franceQuebec()
        #expect(plan.mobility.map(\.id) == ["jeunes-france-quebec", "personnel-collectivites"])
        #expect(plan.mobility.allSatisfy { !$0.followsAcademicCalendars })
        #expect(plan.mobility.flatMap(\.institutions).allSatisfy { $0.calendarID == nil })
        let schedule = try MobilityScheduler.schedule([plan], calendarsDirectory: nil)
        let youth = schedule.windows.filter {
            $0.programmeID == "jeunes-france-quebec" && $0.fromID == "regions-de-france" && $0.year == "2026"
        }
        #expect(
            youth.map(S.summary) == [
                "2026 youth-internship stages 2026-01-01 2026-12-31 60-183* application:2025-10-31(regions-de-france)*",
                "2026 youth-exchange ete 2026-06-01 2026-08-31 5-30* application:2026-03-31(regions-de-france)*",
                "2026 youth-exchange automne 2026-09-15 2026-11-30 5-30* application:2026-06-15(regions-de-france)*",
            ])
        let staff = schedule.windows.filter { $0.programmeID == "personnel-collectivites" && $0.fromID == "tqr" }
        #expect(
            staff.map(S.summary) == [
                "2026 staff-exchange annee 2026-01-01 2026-12-31 5-60* nomination:2025-11-30(tqr)*",
                "2027 staff-exchange annee 2027-01-01 2027-12-31 5-60* nomination:2026-11-30(tqr)*",
            ])
    }
}

@Suite("Seasons of one direction, and years outside the horizon")
struct DirectionSeasonTests {
    typealias S = MobilitySamples

    static var youth: String {
        (try? String(contentsOf: Repository.fixtures.appendingPathComponent("mobility/youth-programme.yaml"), encoding: .utf8)) ?? ""
    }

    @Test("A direction's own periods replace the programme's for that direction only")
    func directionPeriods() throws {
        let text = Self.youth.replacingOccurrences(
            of: "        to: aura\n",
            with:
                "        to: aura\n        periods:\n          - {id: printemps, name: Printemps, from: --04-01, to: --05-31, application: --01-31}\n"
        )
        let plan = try PlanLoader.load(data: Data(text.utf8), file: "jeunes.yaml")
        #expect(plan.mobility[0].directions.map { $0.periods.map(\.id) } == [[], ["printemps"]])
        let schedule = try S.scheduleWithoutCalendars([plan])
        #expect(
            schedule.windows.filter { $0.fromID == "capitale-nationale" && $0.year == "2025" }.map(S.summary) == [
                "2025 youth-internship printemps 2025-04-01 2025-05-31 60-61 application:2025-01-31(capitale-nationale)",
                "2025 youth-exchange printemps 2025-04-01 2025-05-31 7-21 application:2025-01-31(capitale-nationale)",
            ])
        #expect(schedule.windows.filter { $0.fromID == "aura" && $0.year == "2025" }.map(\.periodID) == [nil, "ete", "hiver"])
    }

    @Test("A listed year outside the plan's horizon has no window, and says so")
    func yearOutsideHorizon() throws {
        var plan = try S.fixture("youth-programme")
        plan.mobility[0].years = ["2026", "2031"]
        let schedule = try S.scheduleWithoutCalendars([plan])
        #expect(Set(schedule.windows.map(\.year)) == ["2026"])
        #expect(
            schedule.warnings.map(\.en).first
                == "ofqj: year 2031 is outside the plan's horizon (2025-01-01 – 2026-12-31); no window for that year")
    }
}
