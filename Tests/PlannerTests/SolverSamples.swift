import Bilingual
import CivilTime
import Foundation

@testable import PlanModel
@testable import Scheduling

/// Small workspaces for the solver: Québec and Namur with their real holiday data.
enum SolverSamples {
    static let calendars = PlanSamples.repositoryRoot.appendingPathComponent("calendars")

    static func header(id: String = "essai", people: String = "", horizon: String = "{from: 2025-01-01, to: 2027-12-31}") -> String {
        """
        jumelage: 1
        id: \(id)
        title: {fr: Essai, en: Test}
        revision: 2025-01-06T09:00:00Z
        horizon: \(horizon)
        partners:
          - id: quebec
            name: Ville de Québec
            country: CA
            timezone: America/Toronto
            holidays: [CA-QC]
          - id: namur
            name: Ville de Namur
            country: BE
            timezone: Europe/Brussels
            holidays: [BE, BE-FWB, BE-WAL, BE-WAL-NAMUR]
          - id: terrebonne
            name: Ville de Terrebonne
            country: CA
            timezone: America/Toronto
            holidays: [CA-QC]
          - id: lille
            name: Ville de Lille
            country: FR
            timezone: Europe/Paris
            holidays: [FR]
        people:
          - id: maire
            name: Maire de Québec
            partner: quebec
            elected: true
          - id: bourgmestre
            name: Bourgmestre de Namur
            partner: namur
            elected: true
        \(people)
        events:

        """
    }

    static func plan(
        _ events: String, id: String = "essai", people: String = "",
        horizon: String = "{from: 2025-01-01, to: 2027-12-31}"
    ) throws -> Plan {
        try PlanSamples.load(header(id: id, people: people, horizon: horizon) + events, file: "\(id).yaml")
    }

    static func solve(_ plans: [Plan], previous: [String: CivilDate] = [:]) throws -> PlanningResult {
        try WorkspacePlanner.plan(plans, options: PlanningOptions(calendarsDirectory: calendars, previous: previous))
    }

    static func solve(_ events: String, people: String = "") throws -> PlanningResult {
        try solve([plan(events, people: people)])
    }

    static func start(of id: String, in result: PlanningResult) -> String? {
        result.schedule.events.first { $0.id == id }.map { $0.timing.firstDate.description }
    }
}
