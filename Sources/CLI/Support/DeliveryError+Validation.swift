import ArgumentParser
import Bilingual
import Delivery

extension DeliveryError {
    /// This error as swift-argument-parser reports a mistake found by `validate()`: the message
    /// and its fix in the user's language, the usage line after it, exit 64.
    var validation: ValidationError {
        let language = Failure.language
        return ValidationError(
            message.text(in: language) + "\n  " + (language == .fr ? "correction : " : "fix: ") + fix.text(in: language))
    }
}
