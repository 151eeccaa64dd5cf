import Bilingual
import ArgumentParser
import Foundation
import Planner

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plans one or more plan files (or folders of them) and prints the schedule; writes feeds with --out.")

    @Argument(help: "Plan files, or folders whose *.yaml plans are planned together.")
    var paths: [String]

    @Option(help: "Folder to write the iCalendar feeds to (one per audience and per partner).")
    var out: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output and feeds (default: each plan's language).")
    var lang: LanguageOption?

    func run() throws {
        try Failure.guarded {
            let schedule = Scheduler.schedule(try PlanLoader.load(paths: paths))
            let language = lang?.language
            var summary: String?
            if let out {
                let feeds = try FeedBuilder(language: language).feeds(for: schedule)
                try AtomicFileWriter.write(feeds.map { ((out as NSString).appendingPathComponent($0.fileName), Data($0.text.utf8)) })
                summary = (language ?? schedule.plans.first?.language) == .en
                    ? "\(feeds.count) feeds written to \(out)" : "\(feeds.count) flux écrits dans \(out)"
            }
            switch format {
            case .json:
                print(ScheduleReport(schedule: schedule, language: language).json())
                if let summary { Failure.printError(summary) }
            case .text:
                print(ScheduleTable.render(schedule, language: language), terminator: "")
                if let summary { print(summary) }
            }
        }
    }
}
