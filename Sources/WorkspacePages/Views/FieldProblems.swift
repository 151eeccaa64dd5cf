import Bilingual
import WorkspaceCore
import YAMLReading

/// The loader's messages placed beside the form field of the key at their line; the others (in
/// another item, or about the whole workspace) stay above the form.
package enum FieldProblems {
    package static func locate(
        _ issues: [SourceIssue], in text: String, language: Language
    ) -> (byKey: [String: [String]], general: [String]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var byKey: [String: [String]] = [:]
        var general: [String] = []
        for issue in issues {
            let line = issue.location.line
            let message = issue.message.text(in: language) + (issue.hint.map { " — " + $0.text(in: language) } ?? "")
            if line >= 1, line <= lines.count, let key = key(of: lines[line - 1]), EventForm.ownedKeys.contains(key) || key == "id" {
                byKey[key, default: []].append(message)
            } else {
                general.append(issue.rendered(in: language))
            }
        }
        return (byKey, general)
    }

    /// `    travellers: [a, b]` → `travellers`; `  - id: x` → `id`.
    package static func key(of line: Substring) -> String? {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return String(key)
    }
}
