import Bilingual

/// An imported calendar that cannot be used at all.
public struct BusyCalendarError: UserFacingError, Sendable {
    public var file: String
    public var line: Int?
    public var message: LocalizedText

    public func rendered(in language: Language) -> String {
        "\(file):\(line ?? 1):1: \(language == .fr ? "erreur :" : "error:") \(message.text(in: language))"
    }
}
