/// Something wrong in a parsed file that did not stop the reading.
public struct ICalendarProblem: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the input where the offending content line starts, when it could be found.
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
