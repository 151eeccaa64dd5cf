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

/// A mistake in how a command was called: an option or an argument, with the fix.
public struct UsageError: UserFacingError, Sendable, Hashable {
    public var message: LocalizedText
    public var fix: LocalizedText?

    public init(_ message: LocalizedText, fix: LocalizedText? = nil) {
        self.message = message
        self.fix = fix
    }

    public func rendered(in language: Language) -> String {
        var text = (language == .fr ? "erreur : " : "error: ") + message.text(in: language)
        if let fix { text += "\n  " + (language == .fr ? "correction : " : "fix: ") + fix.text(in: language) }
        return text
    }

    public var exitCode: Int32 { 64 }
}

/// A mistake in what a command was given (a file that is not what it should be, a name that
/// does not exist): exit 1, with the fix.
public struct InputError: UserFacingError, Sendable, Hashable {
    public var message: LocalizedText
    public var fix: LocalizedText?

    public init(_ message: LocalizedText, fix: LocalizedText? = nil) {
        self.message = message
        self.fix = fix
    }

    public func rendered(in language: Language) -> String {
        UsageError(message, fix: fix).rendered(in: language)
    }
}
