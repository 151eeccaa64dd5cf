import Bilingual
import CivilTime
import Foundation
import Yams

/// A YAML node of a calendar data file, read with its position so that every error can say
/// `file:line:column` and how to fix the value.
struct DataNode {
    let node: Node
    let file: String

    static func parse(yaml: String, file: String) throws -> DataNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
        guard let root else {
            throw CalendarDataError(
                file: file, line: 1, column: 1, problem: "the file is empty",
                fix: "add at least a `jurisdiction:` line, or delete the file")
        }
        return DataNode(node: root, file: file)
    }

    private static func syntaxError(_ error: YamlError, file: String) -> CalendarDataError {
        let fix = "check indentation (spaces, not tabs) and quote values that contain ':' or '#'"
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return CalendarDataError(
                file: file, line: mark.line, column: mark.column,
                problem: "YAML syntax error: \(detail)", fix: fix)
        case let .duplicatedKeysInMapping(duplicates, context):
            return CalendarDataError(
                file: file, line: context.mark.line, column: context.mark.column,
                problem: "the key(s) \(duplicates.joined(separator: ", ")) appear more than once in one mapping",
                fix: "keep one of them")
        default:
            return CalendarDataError(
                file: file, line: nil, column: nil, problem: "YAML error: \(error)", fix: fix)
        }
    }

    func error(_ problem: String, fix: String) -> CalendarDataError {
        CalendarDataError(
            file: file, line: node.mark?.line, column: node.mark?.column, problem: problem, fix: fix)
    }

    /// The keys of a mapping; unknown keys, duplicates and missing required keys are errors.
    func mapping(_ what: String, allowed: [String], required: [String] = []) throws -> [String: DataNode] {
        guard case let .mapping(mapping) = node else {
            throw error("\(what) must be a mapping of `key: value` lines",
                        fix: "write it as indented `key: value` lines (keys: \(allowed.joined(separator: ", ")))")
        }
        var fields: [String: DataNode] = [:]
        for (keyNode, valueNode) in mapping {
            let key = DataNode(node: keyNode, file: file)
            guard let name = keyNode.scalar?.string else {
                throw key.error("a key in \(what) is not a plain word", fix: "use one of: \(allowed.joined(separator: ", "))")
            }
            guard allowed.contains(name) else {
                let suggestion = DataNode.closest(to: name, among: allowed).map { "did you mean `\($0)`? " } ?? ""
                throw key.error("unknown key `\(name)` in \(what)",
                                fix: "\(suggestion)allowed keys: \(allowed.joined(separator: ", "))")
            }
            guard fields[name] == nil else {
                throw key.error("the key `\(name)` appears twice in \(what)", fix: "keep only one `\(name)`")
            }
            fields[name] = DataNode(node: valueNode, file: file)
        }
        for name in required where fields[name] == nil {
            throw error("\(what) has no `\(name)`", fix: "add a `\(name):` line")
        }
        return fields
    }

    func sequence(_ what: String) throws -> [DataNode] {
        switch node {
        case let .sequence(sequence):
            return sequence.map { DataNode(node: $0, file: file) }
        case let .scalar(scalar) where ["", "~", "null"].contains(scalar.string):
            return []
        default:
            throw error("\(what) must be a list", fix: "write one `- ` item per line, or `[A, B]`")
        }
    }

    func string(_ what: String) throws -> String {
        guard case let .scalar(scalar) = node, !scalar.string.isEmpty else {
            throw error("\(what) must be a non-empty text value", fix: "write it on the same line after the colon")
        }
        return scalar.string
    }

    func int(_ what: String, in range: ClosedRange<Int>) throws -> Int {
        guard case let .scalar(scalar) = node,
              let value = Int(scalar.string.hasPrefix("+") ? String(scalar.string.dropFirst()) : scalar.string) else {
            throw error("\(what) must be a whole number", fix: "write a number between \(range.lowerBound) and \(range.upperBound)")
        }
        guard range.contains(value) else {
            throw error("\(what) is \(value), outside \(range.lowerBound)...\(range.upperBound)",
                        fix: "write a number between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    func bool(_ what: String) throws -> Bool {
        guard case let .scalar(scalar) = node else {
            throw error("\(what) must be true or false", fix: "write `true` or `false`")
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("\(what) must be true or false, not `\(scalar.string)`", fix: "write `true` or `false`")
        }
    }

    /// `MM-DD` (or ISO `--MM-DD`) that exists in every year: 02-29 is refused.
    func monthDay(_ what: String) throws -> (month: Int, day: Int) {
        let text = try string(what)
        let body = text.hasPrefix("--") ? String(text.dropFirst(2)) : text
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        let fix = "write month and day as `MM-DD`, for example `06-24` for 24 June"
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
              let month = Int(parts[0]), let day = Int(parts[1]) else {
            throw error("\(what) `\(text)` is not a month-day", fix: fix)
        }
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: 2001, month: month) else {
            let leap = month == 2 && day == 29 ? " in every year" : ""
            throw error("\(what) `\(text)` does not exist\(leap)", fix: fix)
        }
        return (month, day)
    }

    func date(_ what: String) throws -> CivilDate {
        let text = try string(what)
        guard let date = CivilDate(iso: text) else {
            throw error("\(what) `\(text)` is not a valid date", fix: "write an existing date as `YYYY-MM-DD`")
        }
        return date
    }

    func weekday(_ what: String) throws -> Weekday {
        let text = try string(what)
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        guard let index = names.firstIndex(of: text.lowercased()) else {
            throw error("\(what) `\(text)` is not a weekday", fix: "write one of: \(names.joined(separator: ", "))")
        }
        return Weekday.allCases[index]
    }

    func name(_ what: String) throws -> LocalizedText {
        let fields = try mapping(what, allowed: ["fr", "en"], required: ["fr", "en"])
        return LocalizedText(fr: try fields["fr"]!.string("\(what) in French"),
                             en: try fields["en"]!.string("\(what) in English"))
    }

    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
