import Yams

/// Where the top-level keys, the list sections, their items and the items' keys sit in the lines
/// of a plan. Yams gives where each node starts; ends come from the next sibling's start, less
/// the blank lines and the comments that belong to what follows.
struct PlanIndex: Sendable {
    /// A key of a mapping and the lines of its value. Lines are 0-based.
    struct Key: Sendable, Hashable {
        var name: String
        /// The line of the key, and its column (0-based, in unicode scalars).
        var line: Int
        var column: Int
        /// The first comment line directly above the key (the key's line when none).
        var attachedStart: Int
        /// The last line of the value (comments at the key's indentation or less left out).
        var lastLine: Int
        /// Where the value starts (0-based line and column).
        var valueLine: Int
        var valueColumn: Int
        /// A block mapping or block sequence: its lines come below the key.
        var valueIsBlockCollection: Bool
    }

    struct Item: Sendable, Hashable {
        var id: String
        var attachedStart: Int
        /// The line of the dash.
        var startLine: Int
        var lastLine: Int
        var dashIndent: Int
        var keyIndent: Int
        var isFlow: Bool
        var keys: [Key]
        /// For a flow item: where its closing brace is (line, column).
        var flowEnd: (line: Int, column: Int)? {
            get { flowEndLine.map { ($0, flowEndColumn) } }
            set {
                flowEndLine = newValue?.line
                flowEndColumn = newValue?.column ?? 0
            }
        }
        private var flowEndLine: Int?
        private var flowEndColumn = 0

        init(id: String, attachedStart: Int, startLine: Int, lastLine: Int, dashIndent: Int, keyIndent: Int, isFlow: Bool, keys: [Key]) {
            self.id = id
            self.attachedStart = attachedStart
            self.startLine = startLine
            self.lastLine = lastLine
            self.dashIndent = dashIndent
            self.keyIndent = keyIndent
            self.isFlow = isFlow
            self.keys = keys
        }

        static func == (lhs: Item, rhs: Item) -> Bool {
            lhs.id == rhs.id && lhs.startLine == rhs.startLine && lhs.lastLine == rhs.lastLine
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(startLine)
        }
    }

    enum SectionKind: Sendable, Hashable {
        /// A block sequence of mappings with ids.
        case items
        /// `key: []`.
        case emptyFlow
        /// `key:` with nothing after it.
        case empty
    }

    struct Section: Sendable, Hashable {
        var key: Key
        var kind: SectionKind
        var items: [Item]
    }

    var topLevel: [Key]
    var sections: [Section]
    /// The indentation step of nested blocks in the file (2 unless the file says otherwise).
    var step: Int

    func section(_ name: String) -> Section? { sections.first { $0.key.name == name } }

    func topLevelKey(_ name: String) -> Key? { topLevel.first { $0.name == name } }

    init(lines: TextLines, root: Node.Mapping) {
        let contents = lines.contents
        let keys = Self.keys(of: root, lines: contents, lowerBound: -1, rawEnd: contents.count - 1, level: 0)
        topLevel = keys.map(\.key)
        var sections: [Section] = []
        for (index, (key, value)) in keys.enumerated() {
            let rawEnd = index + 1 < keys.count ? keys[index + 1].key.line - 1 : contents.count - 1
            switch value {
            case .sequence(let sequence):
                if LineShape.isFlowCollection(value, in: contents) {
                    if sequence.isEmpty { sections.append(Section(key: key, kind: .emptyFlow, items: [])) }
                    continue
                }
                guard !sequence.isEmpty,
                    let items = Self.items(of: sequence, lines: contents, after: key.line, rawEnd: rawEnd)
                else { continue }
                sections.append(Section(key: key, kind: .items, items: items))
            case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain:
                sections.append(Section(key: key, kind: .empty, items: []))
            default:
                continue
            }
        }
        self.sections = sections
        step = Self.step(of: contents)
    }

    /// The keys of a block mapping with the lines of their values.
    static func keys(of mapping: Node.Mapping, lines: [String], lowerBound: Int, rawEnd: Int, level: Int) -> [(key: Key, value: Node)] {
        let pairs = Array(mapping)
        var result: [(key: Key, value: Node)] = []
        for (index, (keyNode, value)) in pairs.enumerated() {
            guard let mark = keyNode.mark else { continue }
            let line = mark.line - 1
            let end: Int
            if index + 1 < pairs.count, let next = pairs[index + 1].0.mark {
                end = next.line - 2
            } else {
                end = rawEnd
            }
            let previousEnd = result.last?.key.lastLine ?? lowerBound
            let valueMark = value.mark ?? mark
            let isBlock = LineShape.isBlockCollection(value, in: lines)
            let key = Key(
                name: keyNode.string ?? "",
                line: line, column: mark.column - 1,
                attachedStart: attachedStart(above: line, after: previousEnd, lines: lines),
                lastLine: max(trimmedEnd(end, above: line, level: level, lines: lines), valueMark.line - 1),
                valueLine: valueMark.line - 1, valueColumn: valueMark.column - 1,
                valueIsBlockCollection: isBlock)
            result.append((key, value))
        }
        return result
    }

    /// The items of a block sequence, or nil when one is not a mapping with an `id`.
    static func items(of sequence: Node.Sequence, lines: [String], after keyLine: Int, rawEnd: Int) -> [Item]? {
        var starts: [(line: Int, dash: Int)] = []
        for node in sequence {
            guard case .mapping(let mapping) = node, mapping["id"]?.scalar != nil, let mark = node.mark else { return nil }
            var line = mark.line - 1
            let before = LineShape.prefix(mark.column - 1, of: lines[line])
            if !before.contains("-") {
                line -= 1
                while line > keyLine, !LineShape.isContent(lines[line]) { line -= 1 }
            }
            let dash =
                lines[line].unicodeScalars.firstIndex(of: "-").map {
                    lines[line].unicodeScalars.distance(from: lines[line].unicodeScalars.startIndex, to: $0)
                } ?? 0
            starts.append((line, dash))
        }
        var items: [Item] = []
        for (index, node) in sequence.enumerated() {
            guard case .mapping(let mapping) = node, let mark = node.mark else { return nil }
            let (start, dash) = starts[index]
            let end = index + 1 < starts.count ? starts[index + 1].line - 1 : rawEnd
            let previousEnd = items.last?.lastLine ?? keyLine
            let lastLine = max(trimmedEnd(end, above: start, level: dash, lines: lines), mark.line - 1)
            let isFlow = LineShape.isFlowCollection(node, in: lines)
            let keyIndent = mark.column - 1
            var item = Item(
                id: mapping["id"]?.string ?? "",
                attachedStart: attachedStart(above: start, after: previousEnd, lines: lines),
                startLine: start, lastLine: lastLine, dashIndent: dash, keyIndent: keyIndent, isFlow: isFlow,
                keys: keys(of: mapping, lines: lines, lowerBound: start - 1, rawEnd: lastLine, level: keyIndent).map(\.key))
            if isFlow {
                let scalars = Array(lines[lastLine].unicodeScalars)
                let limit = LineShape.commentStart(in: lines[lastLine], from: 0) ?? scalars.count
                if let brace = scalars[..<limit].lastIndex(of: "}") { item.flowEnd = (lastLine, brace) }
            }
            items.append(item)
        }
        return items
    }

    /// `end` moved up past blank lines and comments indented `level` or less.
    static func trimmedEnd(_ end: Int, above start: Int, level: Int, lines: [String]) -> Int {
        var end = min(end, lines.count - 1)
        while end > start, LineShape.isBlank(lines[end]) || (LineShape.isComment(lines[end]) && LineShape.indent(lines[end]) <= level) {
            end -= 1
        }
        return end
    }

    /// The first line of the comment lines directly above `line`, below `previousEnd`.
    static func attachedStart(above line: Int, after previousEnd: Int, lines: [String]) -> Int {
        var start = line
        while start - 1 > previousEnd, LineShape.isComment(lines[start - 1]) { start -= 1 }
        return start
    }

    static func step(of lines: [String]) -> Int {
        for (index, line) in lines.enumerated() where LineShape.isContent(line) {
            let end = LineShape.commentStart(in: line, from: 0) ?? line.unicodeScalars.count
            let body = LineShape.prefix(end, of: line)
            guard body.trimmingSpaces().hasSuffix(":") else { continue }
            guard let next = lines[(index + 1)...].first(where: LineShape.isContent) else { break }
            let difference = LineShape.indent(next) - LineShape.indent(line)
            if difference > 0, !next.trimmingSpaces().hasPrefix("-") { return difference }
        }
        return 2
    }
}
