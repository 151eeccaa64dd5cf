import ArgumentParser
import Bilingual

extension CommandLineError {
    /// This error as swift-argument-parser reports a mistake found by `validate()`: the message in
    /// the user's language, the usage line after it, exit 64.
    var validation: ValidationError {
        var text = message.text(in: Failure.language)
        if let fix { text += "\n  " + (Failure.language == .fr ? "correction : " : "fix: ") + fix.text(in: Failure.language) }
        return ValidationError(text)
    }
}
