import ArgumentParser
import Bilingual
import FeedModel
import Feeds
import Foundation
import PlanModel
import Scheduling
import YAMLReading

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plans one or more plan files (or folders of them): chooses the open dates, prints the schedule, writes feeds with --out."
    )

    @Argument(help: "Plan files, or folders whose *.yaml plans are planned together.")
    var paths: [String]

    @Option(help: "Folder to write the iCalendar feeds to (one per audience and per partner).")
    var out: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output and feeds (default: each plan's language).")
    var lang: LanguageOption?

    @Option(help: ArgumentHelp("Explain why this event (an event id such as comite-suivi/2) got its date.", valueName: "EVENT"))
    var explain: String?

    @Option(help: ArgumentHelp("Also write the solver's problem as neutral JSON (for comparing solvers, see bench/).", valueName: "FILE"))
    var exportProblem: String?

    @OptionGroup var planning: PlanningArguments

    func run() throws {
        try Failure.guarded {
            let workspace = try Workspace.load(paths: paths, calendars: planning.calendars)
            let result = try WorkspacePlanner.plan(workspace.plans, options: planning.options(for: paths))
            let language = lang?.language
            if let exportProblem, let export = ProblemExport(result) {
                try AtomicFileWriter.write([(exportProblem, export.json())])
            }
            if let explain {
                guard let explanation = EventExplanation(explain, in: result) else {
                    let ids = Array(Set(result.schedule.events.flatMap { [$0.id, $0.activityID] })).sorted()
                    throw CommandLineError.input(
                        LocalizedText(
                            fr: "--explain : aucun événement « \(explain) » dans les plans",
                            en: "--explain: no event '\(explain)' in the plans"),
                        fix: Suggestion.didYouMean(explain, among: ids))
                }
                print(explanation.rendered(in: language ?? result.schedule.plans.first?.language ?? .fr), terminator: "")
                return
            }
            var summary: String?
            if let out, result.status != .infeasible, result.status != .unknown {
                let feeds = try FeedBuilder(language: language).feeds(for: result.schedule)
                try AtomicFileWriter.write(feeds.map { ((out as NSString).appendingPathComponent($0.fileName), Data($0.text.utf8)) })
                summary =
                    (language ?? result.schedule.plans.first?.language) == .en
                    ? "\(feeds.count) feeds written to \(out)" : "\(feeds.count) flux écrits dans \(out)"
            }
            switch format {
            case .json:
                print(ScheduleReport(result: result, language: language).json())
                if let summary { Failure.printError(summary) }
            case .text:
                if result.status != .infeasible { print(ScheduleTable.render(result.schedule, language: language), terminator: "") }
                print(ResultSummary.render(result, language: language), terminator: "")
                if let summary { print(summary) }
            }
            if result.status == .infeasible || result.status == .unknown { throw ExitCode(2) }
        }
    }
}
