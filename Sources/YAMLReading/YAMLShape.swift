internal import CYaml

/// A first pass over libyaml's events, before Yams builds any node: refuses documents nested
/// too deep and documents whose aliases expand to too many nodes.
///
/// Yams composes recursively and, to find duplicate keys, hashes every mapping key with its
/// whole subtree: an alias of a billion-node structure used as a key (`? *lol9`) would hash
/// for hours. Counting sizes on the event stream is linear in the text and never recurses.
/// Syntax errors are left to Yams, which reports them with their position.
package enum YAMLShape {
    package struct Refusal: Equatable {
        package enum Kind: Equatable {
            case tooDeep(limit: Int)
            case tooManyNodes(limit: Int)
        }
        package var kind: Kind
        /// 1-based.
        package var line: Int
        package var column: Int
    }

    /// Deepest nesting of lists and mappings accepted; a plan needs about six levels.
    package static let maximumDepth = 64

    package static func check(_ text: String, nodeBudget: Int, maximumDepth: Int = maximumDepth) -> Refusal? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Refusal? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return walk(&parser, nodeBudget: nodeBudget, maximumDepth: maximumDepth)
        }
    }

    private static func walk(_ parser: inout yaml_parser_t, nodeBudget: Int, maximumDepth: Int) -> Refusal? {
        // Expanded size of each anchored node, and of the collections still open.
        var anchored: [String: Int] = [:]
        var open: [(size: Int, anchor: String?)] = []
        // Nodes counted so far, aliases expanded: the sizes of the open collections plus the
        // finished top-level nodes.
        var total = 0
        var event = yaml_event_t()

        func add(_ size: Int, anchor: String?) {
            if let anchor { anchored[anchor] = size }
            if open.isEmpty {
                total = saturating(total, size)
            } else {
                open[open.count - 1].size = saturating(open[open.count - 1].size, size)
            }
        }
        func here() -> (Int, Int) { (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                add(1, anchor: string(event.data.scalar.anchor))
            case YAML_ALIAS_EVENT:
                add(string(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1, anchor: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor =
                    event.type == YAML_SEQUENCE_START_EVENT
                    ? string(event.data.sequence_start.anchor) : string(event.data.mapping_start.anchor)
                open.append((1, anchor))
                if open.count > maximumDepth {
                    let (line, column) = here()
                    return Refusal(kind: .tooDeep(limit: maximumDepth), line: line, column: column)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let finished = open.popLast() else { return nil }
                add(finished.size, anchor: finished.anchor)
            default:
                continue
            }
            let counted = open.reduce(total) { saturating($0, $1.size) }
            if counted > nodeBudget {
                let (line, column) = here()
                return Refusal(kind: .tooManyNodes(limit: nodeBudget), line: line, column: column)
            }
        }
    }

    private static func saturating(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
