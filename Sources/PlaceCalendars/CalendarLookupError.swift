import Bilingual

/// A request the loaded calendars cannot answer.
public enum CalendarLookupError: UserFacingError, Hashable, Sendable, CustomStringConvertible {
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

    public func rendered(in language: Language) -> String {
        let fr = language == .fr
        switch self {
        case let .unknownJurisdiction(code, known):
            let guess = Self.closest(to: code, among: known)
            let list = known.joined(separator: ", ")
            return fr
                ? "erreur : juridiction « \(code) » inconnue." + (guess.map { " Vouliez-vous dire « \($0) » ?" } ?? "")
                    + " Connues : \(list)."
                : "error: unknown jurisdiction '\(code)'." + (guess.map { " Did you mean '\($0)'?" } ?? "") + " Known: \(list)."
        case let .yearOutOfRange(year, supported):
            return fr
                ? "erreur : l'année \(year) est hors de la plage prise en charge \(supported.lowerBound)–\(supported.upperBound)."
                : "error: " + description
        }
    }

    /// The known code closest to a mistyped one, by letters in common order (`be-wal` → `BE-WAL`).
    private static func closest(to code: String, among known: [String]) -> String? {
        known.first { $0.uppercased() == code.uppercased() }
            ?? known.first { $0.hasPrefix(code.uppercased()) || code.uppercased().hasPrefix($0) }
    }
}
