import ArgumentParser
import Feeds
import PlanFormat
import Scheduling

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates plan files without writing anything.")

    @Argument(help: "Plan files or folders.")
    var paths: [String]

    @OptionGroup var planning: PlanningArguments

    func run() throws {
        try Failure.guarded {
            let result = try WorkspacePlanner.plan(try PlanLoader.load(paths: paths), options: planning.options(for: paths))
            if result.status == .infeasible || result.status == .unknown {
                print(ResultSummary.render(result, language: Failure.language), terminator: "")
                throw ExitCode(2)
            }
            let schedule = result.schedule
            let feeds = try FeedBuilder().feeds(for: schedule)
            let french = Failure.language == .fr
            print(french
                ? "OK : \(schedule.plans.count) plan(s), \(schedule.events.count) événements, \(feeds.count) flux"
                : "OK: \(schedule.plans.count) plan(s), \(schedule.events.count) events, \(feeds.count) feeds")
            if !result.warnings.isEmpty {
                print(french ? "Avertissements :" : "Warnings:")
                for warning in result.warnings { print("  - " + warning.text(in: Failure.language)) }
            }
        }
    }
}
