import Bilingual

/// A problem in a calendar data file, with where it is and how to fix it.
public struct CalendarDataError: UserFacingError, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the problem concerns the whole file.
    public let line: Int?
    public let column: Int?
    public let problem: String
    public let fix: String

    public init(file: String, line: Int?, column: Int?, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
    }

    /// `file:line:column: problem. Fix: …`, as compilers print it.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(problem). Fix: \(fix)"
    }

    public func rendered(in language: Language) -> String {
        (language == .fr ? "erreur : " : "error: ") + description
    }
}
