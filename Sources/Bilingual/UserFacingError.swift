/// An error a person caused and can fix: the command line prints `rendered(in:)` to standard
/// error in the user's language and exits with `exitCode`. Anything else that escapes a command
/// is a bug (exit 3).
public protocol UserFacingError: Error {
    /// What is wrong, where (file:line:column, the option or the form field) and how to fix it.
    func rendered(in language: Language) -> String
    /// 1 for bad input (the default), 2 when no schedule satisfies the constraints, 64 for usage.
    var exitCode: Int32 { get }
}

extension UserFacingError {
    public var exitCode: Int32 { 1 }
}

extension LocalizedText {
    /// The one shape of an error shown to a person: `error: MESSAGE`, then the fix indented below
    /// it (`fix: FIX`), in `language`.
    public func asError(fix: LocalizedText?, in language: Language) -> String {
        var text = (language == .fr ? "erreur : " : "error: ") + self.text(in: language)
        if let fix { text += "\n  " + (language == .fr ? "correction : " : "fix: ") + fix.text(in: language) }
        return text
    }
}

/// A mistake in how a command was called or in what it was given, with the fix.
public struct CommandLineError: UserFacingError, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An option or an argument of the wrong shape: exit 64.
        case usage
        /// A file or a name that is not what it should be: exit 1.
        case input
    }

    public var kind: Kind
    public var message: LocalizedText
    public var fix: LocalizedText?

    public init(_ kind: Kind, _ message: LocalizedText, fix: LocalizedText? = nil) {
        self.kind = kind
        self.message = message
        self.fix = fix
    }

    public static func usage(_ message: LocalizedText, fix: LocalizedText? = nil) -> CommandLineError {
        CommandLineError(.usage, message, fix: fix)
    }

    public static func input(_ message: LocalizedText, fix: LocalizedText? = nil) -> CommandLineError {
        CommandLineError(.input, message, fix: fix)
    }

    public func rendered(in language: Language) -> String {
        message.asError(fix: fix, in: language)
    }

    public var exitCode: Int32 { kind == .usage ? 64 : 1 }
}
