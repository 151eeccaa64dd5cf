import Yams

/// A piece of YAML text given to an edit (a block, a value) or the plan itself, parsed.
enum YAMLFragment {
    /// The node of `text`, or nil for an empty text; `notYAML` with the position inside the text.
    static func parse(_ text: String, as fragment: PlanEditError.Fragment) throws(PlanEditError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw .notYAML(fragment, line: max(mark.line, 1), column: max(mark.column, 1), message: problem)
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw .notYAML(
                    fragment, line: context.mark.line, column: context.mark.column,
                    message: "duplicated key '\(duplicates.first ?? "")'")
            default:
                throw .notYAML(fragment, line: 1, column: 1, message: "\(error)")
            }
        } catch {
            throw .notYAML(fragment, line: 1, column: 1, message: "\(error)")
        }
    }

    /// The mapping of `text`, or `notAMapping`.
    static func mapping(_ text: String, as fragment: PlanEditError.Fragment) throws(PlanEditError) -> Node.Mapping {
        let node = try parse(text, as: fragment)
        guard case .mapping(let mapping) = node else {
            throw .notAMapping(fragment, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        return mapping
    }

    /// Whether `key` can be written as a plain mapping key.
    static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first != "-" else { return false }
        return key.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }
}
