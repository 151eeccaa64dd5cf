import ArgumentParser
import Planner

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates plan files without writing anything.")

    @Argument(help: "Plan files or folders.")
    var paths: [String]

    func run() throws {
        try Failure.guarded {
            let schedule = Scheduler.schedule(try PlanLoader.load(paths: paths))
            let feeds = try FeedBuilder().feeds(for: schedule)
            let french = Failure.language == .fr
            print(french
                ? "OK : \(schedule.plans.count) plan(s), \(schedule.events.count) événements, \(feeds.count) flux"
                : "OK: \(schedule.plans.count) plan(s), \(schedule.events.count) events, \(feeds.count) feeds")
        }
    }
}
