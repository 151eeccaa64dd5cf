import ArgumentParser

@main
struct Jumelage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jumelage",
        abstract: "Plans the exchanges of twinned cities and publishes their iCalendar feeds.",
        discussion: """
        Exit codes: 0 success; 1 usage or input error (the message names file:line:column); \
        2 no schedule satisfies the hard constraints; 3 internal error.
        """,
        subcommands: [PlanCommand.self, CheckCommand.self, HolidaysCommand.self, OverlapCommand.self, BusyCommand.self, AcademicCommand.self, WindowsCommand.self, PagesCommand.self, GenerateCommand.self, PublishCommand.self, ServeCommand.self, TokensCommand.self, OccurrencesCommand.self]
    )
}
