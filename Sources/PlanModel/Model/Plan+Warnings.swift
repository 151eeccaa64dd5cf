import Bilingual
import YAMLReading

extension Plan {
    /// What a plan says that is probably a mistake without making it unusable (a body said to
    /// be at parity that is not): `plan` and `check` print these, the dashboard shows them.
    public var warnings: [SourceIssue] {
        bodies.compactMap { $0.parityIssue(in: self) }
    }
}

extension SourceIssue {
    /// The issue as a one-line warning: « FILE:LINE:COLUMN : message (correction : …) ».
    public var warningText: LocalizedText {
        func line(_ language: Language) -> String {
            let fix = hint.map { language == .fr ? " (correction : \($0.fr))" : " (fix: \($0.en))" } ?? ""
            return "\(location)\(language == .fr ? " :" : ":") \(message.text(in: language))\(fix)"
        }
        return LocalizedText(fr: line(.fr), en: line(.en))
    }
}
