import Bilingual
import Foundation
import Yams

extension YAMLDocument {
    /// The issue for a file `YAMLShape` refuses, at the node where the limit was passed.
    package static func shapeIssue(_ refusal: YAMLShape.Refusal, file: String, wording: DocumentWording) -> SourceIssue {
        let location = SourceLocation(file: file, line: refusal.line, column: refusal.column)
        switch refusal.kind {
        case .tooDeep(let limit):
            return SourceIssue(
                location,
                LocalizedText(
                    fr: "listes et tables imbriquées sur plus de \(limit) niveaux",
                    en: "lists and mappings nested more than \(limit) levels deep"),
                hint: wording.tooDeep)
        case .tooManyNodes(let limit):
            return SourceIssue(
                location,
                LocalizedText(
                    fr: "le document est trop grand (plus de \(limit) nœuds, alias compris)",
                    en: "the document is too large (more than \(limit) nodes, aliases included)"),
                hint: wording.tooLarge)
        }
    }

    /// The issue for a YAML syntax error, where it can be fixed: an unclosed quote or bracket
    /// is reported where it opens, a repeated key at its second copy.
    package static func yamlIssue(_ error: YamlError, text: String, file: String, wording: DocumentWording) -> SourceIssue {
        let hint = LocalizedText(
            fr: "vérifiez l'indentation (espaces, pas de tabulations) et les deux-points",
            en: "check the indentation (spaces, no tabs) and the colons")
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: max(line, 1), column: max(column, 1)) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var (message, specific) = yamlProblem(problem, wording: wording)
            let location = at(mark.line, mark.column)
            // An unclosed quote or bracket is noticed lines later: say where it opens.
            if let context, context.mark.line < mark.line,
                problem.contains("end of stream") || problem.hasPrefix("did not find expected ',' or")
            {
                var what = context.text
                for prefix in ["while parsing a ", "while scanning a "] where what.hasPrefix(prefix) {
                    what = String(what.dropFirst(prefix.count))
                }
                message = LocalizedText(
                    fr: "\(message.fr) (\(what) ouvert ligne \(context.mark.line), colonne \(context.mark.column), jamais fermé)",
                    en: "\(message.en) (the \(what) opened on line \(context.mark.line), column \(context.mark.column) is never closed)")
                specific = LocalizedText(
                    fr: "fermez le guillemet, crochet ou accolade de la ligne \(context.mark.line) sur la même ligne ; \(hint.fr)",
                    en: "close the quote, bracket or brace of line \(context.mark.line) on that line; \(hint.en)")
            }
            return SourceIssue(location, message, hint: specific ?? hint)
        case .reader(let problem, let offset, let value, _):
            let (line, column) = offset.map { lineAndColumn(of: $0, in: Data(text.utf8)) } ?? (1, 1)
            let character = value >= 0 ? String(format: "U+%04X", value) : "?"
            return SourceIssue(
                at(line, column),
                LocalizedText(fr: "caractère interdit \(character) (\(problem))", en: "character \(character) is not allowed (\(problem))"),
                hint: wording.plainText)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = repeatedKey(key, after: first, in: text)
            return SourceIssue(
                at(second?.line ?? first.line, second?.column ?? first.column),
                LocalizedText(
                    fr: "la clé « \(key) » apparaît deux fois (ligne \(first.line))",
                    en: "key '\(key)' appears twice (line \(first.line))"),
                hint: LocalizedText(fr: "gardez une seule ligne « \(key): »", en: "keep a single '\(key):' line"))
        default:
            return SourceIssue(at(1, 1), LocalizedText(fr: "YAML invalide : \(error)", en: "invalid YAML: \(error)"), hint: hint)
        }
    }

    /// libyaml's problem, in both languages, and a fix when the problem says which.
    private static func yamlProblem(_ problem: String, wording: DocumentWording) -> (LocalizedText, LocalizedText?) {
        let message = LocalizedText(fr: "YAML invalide : \(problem)", en: "invalid YAML: \(problem)")
        switch problem {
        case let text where text.hasPrefix("Maximum nesting level"):
            return (
                LocalizedText(fr: "YAML invalide : imbrication trop profonde", en: "invalid YAML: nested too deeply"),
                wording.tooDeep
            )
        case "mapping values are not allowed in this context":
            return (
                message,
                LocalizedText(
                    fr: "mettez entre guillemets une valeur qui contient « : » (title: \"Visite : Namur\"), ou vérifiez l'indentation",
                    en: "quote a value that contains ': ' (title: \"Visit: Namur\"), or check the indentation")
            )
        case "found undefined alias":
            return (
                LocalizedText(
                    fr: "YAML invalide : alias « * » sans ancre « & » correspondante",
                    en: "invalid YAML: alias '*' with no matching anchor '&'"),
                LocalizedText(
                    fr: "mettez entre guillemets une valeur qui commence par « * »",
                    en: "quote a value that starts with '*'")
            )
        case "but found another document":
            return (
                LocalizedText(
                    fr: "YAML invalide : un second document commence ici (« --- »)",
                    en: "invalid YAML: a second document starts here ('---')"),
                wording.secondDocument
            )
        case let text where text.hasPrefix("did not find expected ',' or"):
            return (
                message,
                LocalizedText(
                    fr: "séparez les éléments par des virgules et fermez le crochet ou l'accolade sur la même ligne",
                    en: "separate the items with commas and close the bracket or brace on the same line")
            )
        default:
            return (message, nil)
        }
    }

    /// Where `key` is written again in the mapping whose first copy of it is at `first`.
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index].utf8
            let indent = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }.count
            if indent == first.column - 1, line.dropFirst(indent).starts(with: (key + ":").utf8) {
                return (index + 1, first.column)
            }
        }
        return nil
    }
}
