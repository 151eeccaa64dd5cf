/// A request the loaded calendars cannot answer.
public enum CalendarLookupError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownJurisdiction(String, known: [String])
    case yearOutOfRange(Int, supported: ClosedRange<Int>)

    public var description: String {
        switch self {
        case let .unknownJurisdiction(code, known):
            "unknown jurisdiction '\(code)'. Known: \(known.joined(separator: ", "))."
        case let .yearOutOfRange(year, supported):
            "year \(year) is outside the supported range \(supported.lowerBound)–\(supported.upperBound)."
        }
    }
}
