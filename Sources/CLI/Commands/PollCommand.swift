import ArgumentParser
import Bilingual
import CivilTime
import Foundation
import PlanModel
import Scheduling
import YAMLReading

/// `jumelage poll PLAN… --event ID [--count K] [--format text|json] [--lang fr|en]`: the days a
/// date poll would offer for an open event.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Proposes the best days of an open event for a date poll, with what each costs.",
        discussion: """
            Each day breaks no rule with the rest of the plans as planned; the cheapest come first (then the \
            earliest). Fewer days than --count are printed when fewer are possible. The coordinators' workspace \
            sends the poll itself (an event's page, « Sonder la délégation »).
            """)

    @Argument(help: "Plan files, or folders whose *.yaml plans are planned together.")
    var paths: [String]

    @Option(help: ArgumentHelp("The open event (its id, such as mission-namur).", valueName: "ID"))
    var event: String

    @Option(help: "How many days to propose: 3 to 5.")
    var count: Int = 5

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output (default: the plan's language).")
    var lang: LanguageOption?

    @OptionGroup var planning: PlanningArguments

    func validate() throws {
        guard DateProposals.counts.contains(count) else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--count doit aller de 3 à 5 (reçu \(count))", en: "--count must be 3 to 5 (got \(count))"),
                fix: LocalizedText(fr: "écrivez par exemple --count 3", en: "write for example --count 3")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let workspace = try Workspace.load(paths: paths, calendars: planning.calendars)
            let result = try WorkspacePlanner.plan(workspace.plans, options: planning.options(for: paths))
            if result.status == .infeasible || result.status == .unknown {
                print(ResultSummary.render(result, language: lang?.language), terminator: "")
                throw ExitCode(2)
            }
            let matches = result.schedule.events.filter { $0.id == event }
            guard let found = matches.first else {
                let open = result.schedule.events.filter { result.openEventIDs.contains("\($0.planID)/\($0.id)") }.map(\.id)
                throw CommandLineError.input(
                    LocalizedText(
                        fr: "--event : aucun événement « \(event) » dans les plans", en: "--event: no event '\(event)' in the plans"),
                    fix: Suggestion.didYouMean(event, among: Array(Set(open)).sorted()))
            }
            guard matches.count == 1 else {
                let plans = matches.map(\.planID).joined(separator: ", ")
                throw CommandLineError.input(
                    LocalizedText(
                        fr: "--event : « \(event) » existe dans plusieurs plans (\(plans))",
                        en: "--event: '\(event)' exists in several plans (\(plans))"),
                    fix: LocalizedText(fr: "nommez un seul de ces plans", en: "name only one of these plans"))
            }
            guard let proposals = DateProposals(planID: found.planID, eventID: found.id, count: count, in: result) else {
                throw CommandLineError.input(
                    LocalizedText(
                        fr: "--event : « \(event) » a une date écrite dans le plan (\(found.location)) : il n'y a rien à sonder",
                        en: "--event: '\(event)' has its date written in the plan (\(found.location)): there is nothing to poll"),
                    fix: LocalizedText(
                        fr: "donnez-lui une règle « schedule: » (fenêtre) pour que le solveur choisisse, ou sondez un événement ouvert",
                        en: "give it a 'schedule:' rule (window) so that the solver chooses, or poll an open event"))
            }
            let language = lang?.language ?? result.schedule.plans.first { $0.id == found.planID }?.language ?? .fr
            switch format {
            case .json: print(try JSONOutput.string(PollProposalsJSON(proposals, title: found.title)))
            case .text: print(Self.text(proposals, title: found.title, language: language), terminator: "")
            }
        }
    }

    static func text(_ proposals: DateProposals, title: LocalizedText, language: Language) -> String {
        let fr = language == .fr
        var lines = [
            (fr
                ? "Dates proposées pour « \(title.fr) » [\(proposals.eventID)] :"
                : "Proposed dates for '\(title.en)' [\(proposals.eventID)]:")
        ]
        for (index, proposal) in proposals.proposals.enumerated() {
            let day =
                fr
                ? "\(FrenchDate.weekday(proposal.date)) \(FrenchDate.long(proposal.date))"
                : "\(EnglishDate.weekday(proposal.date)) \(EnglishDate.long(proposal.date))"
            lines.append("  \(index + 1). \(proposal.date) \(day) — \(fr ? "coût" : "cost") \(proposal.cost)")
        }
        if proposals.proposals.isEmpty {
            lines.append(fr ? "  (aucun jour possible)" : "  (no possible day)")
        }
        if proposals.isShort {
            lines.append(
                fr
                    ? "Seulement \(proposals.proposals.count) jour(s) possible(s) sur \(proposals.requested) demandé(s)."
                    : "Only \(proposals.proposals.count) possible day(s) of \(proposals.requested) asked for.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `poll --format json`: stable keys, dates as YYYY-MM-DD.
struct PollProposalsJSON: Encodable {
    struct Day: Encodable {
        var date: String
        var cost: Int
    }

    var plan: String
    var event: String
    var title: [String: String]
    var requested: Int
    var short: Bool
    var proposals: [Day]

    init(_ proposals: DateProposals, title: LocalizedText) {
        plan = proposals.planID
        event = proposals.eventID
        self.title = ["fr": title.fr, "en": title.en]
        requested = proposals.requested
        short = proposals.isShort
        self.proposals = proposals.proposals.map { Day(date: $0.date.description, cost: $0.cost) }
    }
}
