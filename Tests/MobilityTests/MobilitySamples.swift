import CivilTime
import Foundation
import TestSupport
import PlaceCalendars

@testable import YAMLReading
@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling
@testable import Mobility

/// The repository's Terrebonne–Namur plan (its `mobility:` section: UNamur–UQTR) and academic
/// calendars, and small inline plans for the loader's error messages.
enum MobilitySamples {
    static var root: URL { Repository.root }

    static var calendars: URL { root.appendingPathComponent("calendars") }

    static func terrebonne() throws -> Plan {
        try PlanLoader.load(file: calendars.appendingPathComponent("terrebonne-namur-2024-2026.yaml").path)
    }

    static func catalog() throws -> AcademicCatalog {
        try AcademicCatalog(directory: calendars.appendingPathComponent("academic"))
    }

    static func schedule() throws -> MobilitySchedule {
        try MobilityScheduler.schedule([terrebonne()], catalog: catalog())
    }

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func window(
        _ schedule: MobilitySchedule, from: String, to: String, year: String, type: MobilityType,
        term: String? = nil
    ) -> ExchangeWindow? {
        schedule.windows.first {
            $0.fromID == from && $0.toID == to && $0.year == year && $0.type == type && (term == nil || $0.termIDs == [term!])
        }
    }

    static func deadline(_ window: ExchangeWindow?, _ kind: MobilityDeadline.Kind, permit: String? = nil) -> CivilDate? {
        window?.deadlines.first { $0.kind == kind && (permit == nil || $0.permit?.en.hasPrefix(permit!) == true) }?.date
    }

    /// A two-university plan whose `mobility:` section is `mobility` (indented as a top-level key).
    static func plan(mobility: String) -> String {
        """
        jumelage: 1
        id: essai
        title: Essai
        revision: 2025-01-01
        horizon: {from: 2025-01-01, to: 2027-12-31}
        partners:
          - id: unamur
            name: UNamur
            kind: university
            country: BE
            timezone: Europe/Brussels
          - id: uqtr
            name: UQTR
            kind: university
            country: CA
            timezone: America/Toronto
        ties:
          - id: entente
            kind: agreement
            partners: [unamur, uqtr]
        mobility:

        """ + mobility
    }

    static let validProgramme = """
          - id: echanges
            title: Échanges
            agreement: entente
            institutions:
              - partner: unamur
                deadlines:
                  - {term: 1/3, nomination: --04-30, application: --05-15}
              - partner: uqtr
            directions:
              - from: unamur
                to: uqtr
                quotas: {student-semester: 2}
                planned:
                  - {year: 2025/2026, student-semester: 1}
              - from: uqtr
                to: unamur
        """

    static func issues(_ text: String) -> [SourceIssue] {
        do {
            _ = try PlanLoader.load(data: Data(text.utf8), file: "essai.yaml")
            return []
        } catch let error as SourceError {
            return error.issues
        } catch {
            return [SourceIssue(SourceLocation(file: "?", line: 0, column: 0), .init("\(error)"))]
        }
    }
}

/// The fixtures of programmes outside academia (`Tests/Fixtures/mobility/`) and the
/// France–Québec plan's, scheduled without any academic calendar.
extension MobilitySamples {
    static func fixture(_ name: String) throws -> Plan {
        try PlanLoader.load(file: Repository.fixtures.appendingPathComponent("mobility/\(name).yaml").path)
    }

    static func franceQuebec() throws -> Plan {
        try PlanLoader.load(file: Repository.plan("france-quebec-cooperation"))
    }

    /// No academic calendar at all: programmes outside academia need none.
    static func scheduleWithoutCalendars(_ plans: [Plan]) throws -> MobilitySchedule {
        try MobilityScheduler.schedule(plans, catalog: AcademicCatalog(sources: []))
    }

    /// `2025 youth-exchange ete 2025-06-01 2025-08-31 7-21 application:2025-03-15(aura)`: one
    /// line per window, for exact comparisons.
    static func summary(_ window: ExchangeWindow) -> String {
        let deadlines = window.deadlines.map { "\($0.kind.rawValue):\($0.date)(\($0.institutionID))\($0.estimated ? "*" : "")" }
        return "\(window.year) \(window.type.rawValue) \(window.periodID ?? "-") \(window.start) \(window.end) "
            + "\(window.stayDays.lowerBound)-\(window.stayDays.upperBound)\(window.estimated ? "*" : "")"
            + (deadlines.isEmpty ? "" : " " + deadlines.joined(separator: " "))
    }
}
