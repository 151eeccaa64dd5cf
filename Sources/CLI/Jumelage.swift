import ArgumentParser
import Bilingual

@main
struct Jumelage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jumelage",
        abstract: "Plans the exchanges of twinned cities and publishes their iCalendar feeds.",
        discussion: """
            Exit codes: 0 success; 1 input error (the message names file:line:column and the fix); \
            2 no schedule satisfies the hard constraints; 3 internal error (a bug); 64 usage error.
            """,
        subcommands: [
            PlanCommand.self, CheckCommand.self, HolidaysCommand.self, OverlapCommand.self, BusyCommand.self, AcademicCommand.self,
            WindowsCommand.self, RegistryCommand.self, PagesCommand.self, GenerateCommand.self, PublishCommand.self, ServeCommand.self,
            WorkspaceCommand.self, ExportCommand.self, ImportCommand.self, MigrateCommand.self, PollCommand.self,
            TokensCommand.self, OccurrencesCommand.self, OutboxCommand.self,
        ]
    )

    /// Parses, validates and runs the command, so that a `UserFacingError` thrown while validating
    /// options is printed in the user's language like one thrown while running.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UserFacingError {
            Failure.printError(error.rendered(in: Failure.language))
            exit(withError: ExitCode(error.exitCode))
        } catch {
            exit(withError: error)
        }
    }
}
