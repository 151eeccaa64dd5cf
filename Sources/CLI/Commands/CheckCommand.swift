import ArgumentParser
import Feeds
import PlanModel
import Scheduling
import YAMLReading

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates plan files without writing anything.",
        discussion: "Refuses what plan, windows, pages and publish refuse, mobility programmes included (their academic calendars).")

    @Argument(help: "Plan files or folders.")
    var paths: [String]

    @Flag(
        help:
            "Make the warnings about events with written dates (a visit on a holiday, a traveller away during an election) errors: exit 1.")
    var strict = false

    @OptionGroup var planning: PlanningArguments

    func run() throws {
        try Failure.guarded {
            let workspace = try Workspace.load(paths: paths, calendars: planning.calendars)
            let result = try WorkspacePlanner.plan(workspace.plans, options: planning.options(for: paths))
            if result.status == .infeasible || result.status == .unknown {
                print(ResultSummary.render(result, language: Failure.language), terminator: "")
                throw ExitCode(2)
            }
            if strict, !result.fixedEventWarnings.isEmpty {
                throw SourceError(result.fixedEventWarnings.map(\.issue))
            }
            let schedule = result.schedule
            let feeds = try FeedBuilder().feeds(for: schedule)
            let french = Failure.language == .fr
            if !result.allWarnings.isEmpty {
                print(french ? "Avertissements :" : "Warnings:")
                for warning in result.allWarnings { print("  - " + warning.text(in: Failure.language)) }
            }
            print(
                french
                    ? "OK : \(schedule.plans.count) plan(s), \(schedule.events.count) événements, \(feeds.count) flux"
                    : "OK: \(schedule.plans.count) plan(s), \(schedule.events.count) events, \(feeds.count) feeds")
        }
    }
}
