import ArgumentParser
import Bilingual
import CivilTime
import Foundation
import Scheduling

/// Options shared by the commands that plan.
struct PlanningArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Folder whose holidays/, blackouts/ and academic/ files add to the calendars built into jumelage, or replace those of the same name.",
            valueName: "DIR"))
    var calendars: String?

    @Option(help: ArgumentHelp("A previous `plan --format json` output: open events stay close to its dates.", valueName: "FILE"))
    var previous: String?

    @Option(help: "Search nodes per independent group of events (the result depends only on this, not on the machine).")
    var effort: Int = 200_000

    @Option(help: "Wall-clock limit of the search for better schedules, in seconds (a first complete schedule is always sought).")
    var timeLimit: Double = 5

    @Flag(help: "Stop at the first complete schedule of each group of events, without optimising.")
    var firstSchedule = false

    @Flag(help: "When no schedule exists, also propose moving the events others are linked to (after:, alongside:).")
    var allRepairs = false

    func validate() throws {
        guard effort > 0 else {
            throw CommandLineError.usage(LocalizedText(fr: "--effort doit être positif", en: "--effort must be positive")).validation
        }
        guard timeLimit > 0 else {
            throw CommandLineError.usage(LocalizedText(fr: "--time-limit doit être positif", en: "--time-limit must be positive"))
                .validation
        }
    }

    func options(for paths: [String]) throws -> PlanningOptions {
        var previousDates: [String: CivilDate] = [:]
        if let previous {
            guard let data = FileManager.default.contents(atPath: previous),
                let report = try? JSONDecoder().decode(ScheduleReport.self, from: data)
            else {
                throw CommandLineError.input(
                    LocalizedText(
                        fr: "--previous : \(previous) n'est pas le JSON de `jumelage plan --format json`",
                        en: "--previous: \(previous) is not the JSON of `jumelage plan --format json`"),
                    fix: LocalizedText(
                        fr: "écrivez-le avec `jumelage plan PLANS --format json > precedent.json`",
                        en: "write it with `jumelage plan PLANS --format json > previous.json`"))
            }
            for event in report.events {
                if let date = CivilDate(iso: event.start.prefix(10)) { previousDates["\(event.plan)/\(event.id)"] = date }
            }
        }
        var options = PlanningOptions(
            calendarsDirectory: calendars.map { URL(fileURLWithPath: $0) }, previous: previousDates,
            nodesPerComponent: effort, seconds: timeLimit, firstSchedule: firstSchedule)
        options.repairsMoveLinkedEvents = allRepairs
        return options
    }
}
