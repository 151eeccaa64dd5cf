import ArgumentParser
import Bilingual
import Foundation

/// The command line's one boundary for errors: a `UserFacingError` is printed in the user's
/// language with its exit code; anything else is a bug (exit 3).
enum Failure {
    static var language: Language { Language.fromEnvironment(ProcessInfo.processInfo.environment["LANG"]) }

    static func exit(for error: Error) -> ExitCode {
        switch error {
        case let error as ExitCode:
            return error
        case let error as UserFacingError:
            printError(error.rendered(in: language))
            return ExitCode(error.exitCode)
        case let error as ValidationError:
            printError((language == .fr ? "erreur : " : "error: ") + error.message)
            return ExitCode(64)
        default:
            printError(
                (language == .fr ? "erreur interne : " : "internal error: ") + String(describing: error)
                    + (language == .fr
                        ? "\n  c'est un défaut de jumelage : signalez-le avec la commande lancée"
                        : "\n  this is a bug in jumelage: please report it with the command you ran"))
            return ExitCode(3)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Runs a command body, mapping every error to its exit code.
    static func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch { throw exit(for: error) }
    }
}
