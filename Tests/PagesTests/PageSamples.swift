import PlaceCalendars
import Pages
import CivilTime
import Foundation
import TestSupport
import Mobility
import PlanModel
import PlanFormat
import Scheduling

/// The real plans of `calendars/`, planned, with their mobility, rendered as of 3 November 2025.
enum PageSamples {
    static var root: URL { Repository.root }

    static var calendars: URL { root.appendingPathComponent("calendars") }
    static let today = CivilDate(iso: "2025-11-03")!
    static let baseURL = "https://jumelage.example.org/"

    static func renderer(paths: [String]? = nil, plans given: [Plan]? = nil) throws -> PageRenderer {
        let plans =
            try given
            ?? PlanLoader.load(
                paths: paths ?? [
                    calendars.appendingPathComponent("terrebonne-namur-2024-2026.yaml").path,
                    calendars.appendingPathComponent("quebec-namur-2024-2026.yaml").path,
                ])
        let result = try WorkspacePlanner.plan(plans, options: PlanningOptions())
        let mobility = try MobilityScheduler.schedule(plans, calendarsDirectory: nil)
        return PageRenderer(result: result, mobility: mobility, baseURL: baseURL, today: today, linkStyle: .staticFiles)
    }

    static func terrebonne(_ renderer: PageRenderer) -> Plan {
        renderer.result.schedule.plans.first { $0.id == "terrebonne-namur-2024-2026" }!
    }

    /// The text between the element that contains `heading` and the next heading of the same level.
    static func section(_ text: String, heading: String, level: String) -> String? {
        guard let start = text.range(of: heading) else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: level)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// Tags opened in `html`, by name, in order: a quick structural look without a parser.
    static func tags(_ html: String, _ name: String) -> Int {
        html.components(separatedBy: "<\(name)").count - 1 - (html.components(separatedBy: "<\(name)-").count - 1)
    }
}
