import Bilingual

/// A mistake in a plan or a calendar data file: where, what is wrong, and how to fix it, in
/// French and English.
public struct SourceIssue: Hashable, Sendable, Comparable {
    public let location: SourceLocation
    public let message: LocalizedText
    public let hint: LocalizedText?

    public init(_ location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public func rendered(in language: Language) -> String {
        let label = language == .fr ? "erreur :" : "error:"
        var line = "\(location): \(label) \(message.text(in: language))"
        if let hint { line += "\n  \(language == .fr ? "correction :" : "fix:") \(hint.text(in: language))" }
        return line
    }

    public static func < (lhs: SourceIssue, rhs: SourceIssue) -> Bool {
        (lhs.location, lhs.message.en) < (rhs.location, rhs.message.en)
    }
}

/// Every mistake found in one or more files (plans, calendar data); thrown instead of a partial result.
public struct SourceError: UserFacingError, Sendable, CustomStringConvertible {
    public let issues: [SourceIssue]

    public init(_ issues: [SourceIssue]) {
        self.issues = issues.sorted()
    }

    public func rendered(in language: Language) -> String {
        issues.map { $0.rendered(in: language) }.joined(separator: "\n")
    }

    public var description: String { rendered(in: .en) }
}
