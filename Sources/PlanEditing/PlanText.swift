import Yams

/// The YAML text of a plan, edited the way a person would: an edit changes only the lines of
/// what it edits, and every other line (comments, blank lines, layout, line endings) keeps its
/// bytes.
package struct PlanText: Sendable, Hashable {
    package internal(set) var text: String
    var lines: TextLines
    var index: PlanIndex

    package init(_ text: String) throws(PlanEditError) {
        let lines = TextLines(text)
        let root = try Self.root(of: text)
        self.text = text
        self.lines = lines
        self.index = PlanIndex(lines: lines, root: root)
    }

    static func root(of text: String) throws(PlanEditError) -> Node.Mapping {
        try YAMLFragment.mapping(text, as: .plan)
    }

    package static func == (lhs: PlanText, rhs: PlanText) -> Bool { lhs.text == rhs.text }

    package func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The top-level keys holding lists of items with ids (`[]` included), in file order.
    package func sections() -> [String] {
        index.sections.filter { $0.kind != .empty }.map(\.key.name)
    }

    package func itemIDs(in section: String) -> [String] {
        index.section(section)?.items.map(\.id) ?? []
    }

    /// The YAML of one item as a standalone mapping (de-indented, without its "- "), comments
    /// inside it kept; a flow item stays in flow style.
    package func itemBlock(section: String, id: String) -> String? {
        guard let item = index.section(section)?.items.first(where: { $0.id == id }) else { return nil }
        return Self.block(of: item, lines: lines)
    }

    static func block(of item: PlanIndex.Item, lines: TextLines) -> String {
        var result: [String] = [LineShape.dropping(item.keyIndent, from: lines[item.startLine])]
        if item.startLine < item.lastLine {
            for line in lines.contents[(item.startLine + 1)...item.lastLine] {
                result.append(LineShape.dropping(min(item.keyIndent, LineShape.indent(line)), from: line))
            }
        }
        return result.joined(separator: "\n") + "\n"
    }

    /// The text of a top-level key's value: a scalar or flow value as written (without a
    /// trailing comment), a block de-indented.
    package func topLevelValue(_ key: String) -> String? {
        guard let key = index.topLevelKey(key) else { return nil }
        var result: [String] = []
        var first = key.line + 1
        if key.valueLine == key.line && !key.valueIsBlockCollection {
            let line = lines[key.line]
            let end = key.lastLine == key.line ? LineShape.commentStart(in: line, from: key.valueColumn) : nil
            let value = LineShape.dropping(key.valueColumn, from: LineShape.prefix(end ?? line.unicodeScalars.count, of: line))
            result.append(value.trimmingSpaces())
        } else {
            first = key.line + 1
        }
        if first <= key.lastLine {
            let rest = Array(lines.contents[first...key.lastLine])
            if result.isEmpty {
                result = LineShape.fragmentLines(rest.joined(separator: "\n"))
            } else {
                result += rest.map { LineShape.dropping(min(key.column, LineShape.indent($0)), from: $0) }
            }
        }
        return result.joined(separator: "\n")
    }
}
