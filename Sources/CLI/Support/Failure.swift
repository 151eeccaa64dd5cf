import ArgumentParser
import Bilingual
import FeedModel
import Foundation
import PlaceCalendars
import YAMLReading

/// Prints an error to standard error in the user's language and turns it into the documented exit code.
enum Failure {
    static var language: Language { Language.fromEnvironment(ProcessInfo.processInfo.environment["LANG"]) }

    static func exit(for error: Error) -> ExitCode {
        switch error {
        case let error as SourceError:
            printError(error.rendered(in: language))
            return ExitCode(1)
        case let error as ExitCode:
            return error
        case let error as CalendarLookupError:
            printError((language == .fr ? "erreur : " : "error: ") + String(describing: error))
            return ExitCode(1)
        case let error as BusyCalendarError:
            printError(error.rendered(in: language))
            return ExitCode(1)
        case let error as AtomicFileWriter.WriteError:
            printError(language == .fr ? "écriture impossible : \(error)" : "cannot write: \(error)")
            return ExitCode(1)
        default:
            printError((language == .fr ? "erreur interne : " : "internal error: ") + String(describing: error))
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
