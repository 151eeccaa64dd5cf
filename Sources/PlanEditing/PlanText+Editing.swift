import Bilingual
import Yams

extension PlanText {
    /// Applies `edit`, or throws and leaves the text unchanged. The new text is checked: it
    /// parses, and reads back as the old plan with exactly the asked change.
    package mutating func apply(_ edit: PlanEdit) throws(PlanEditError) {
        let root = try Self.root(of: text)
        var change = Change(lines: lines, root: root)
        switch edit {
        case .setTopLevel(let key, let value):
            try setTopLevel(key: key, value: value, in: &change)
        case .replaceItem(let section, let id, let block):
            try replaceItem(section: section, id: id, block: block, in: &change)
        case .appendItem(let section, let block):
            try appendItem(section: section, block: block, in: &change)
        case .removeItem(let section, let id):
            try removeItem(section: section, id: id, in: &change)
        case .setItemKey(let section, let id, let key, let value):
            try setItemKey(section: section, id: id, key: key, value: value, in: &change)
        case .moveItem(let section, let id, let before):
            try moveItem(section: section, id: id, before: before, in: &change)
        }
        guard change.changed else { return }
        let newText = change.lines.text
        let newRoot: Node.Mapping
        do {
            newRoot = try Self.root(of: newText)
        } catch {
            throw .refused(LocalizedText(fr: "le texte obtenu n'est plus du YAML valide", en: "the resulting text is no longer valid YAML"))
        }
        guard newRoot == Node.Mapping(change.expected) else {
            throw .refused(
                LocalizedText(
                    fr: "le texte obtenu ne se relit pas comme la modification demandée",
                    en: "the resulting text does not read back as the requested change"))
        }
        text = newText
        lines = change.lines
        index = PlanIndex(lines: lines, root: newRoot)
    }

    /// The lines being edited and the top-level pairs the result must read back as.
    struct Change {
        var lines: TextLines
        var expected: [(Node, Node)]
        var changed = false

        init(lines: TextLines, root: Node.Mapping) {
            self.lines = lines
            self.expected = root.map { ($0.key, $0.value) }
        }

        mutating func replace(_ range: Range<Int>, with new: [String]) {
            lines.replace(range, with: new)
            changed = true
        }

        func value(of key: String) -> Node? { expected.first { $0.0.string == key }?.1 }

        mutating func setValue(_ value: Node, of key: String) {
            if let index = expected.firstIndex(where: { $0.0.string == key }) {
                expected[index].1 = value
            } else {
                expected.append((Node(key), value))
            }
        }

        /// The items of a section in the expected result.
        func items(of key: String) -> [Node] {
            guard case .sequence(let sequence) = value(of: key) else { return [] }
            return Array(sequence)
        }

        mutating func setItems(_ items: [Node], of key: String) {
            setValue(.sequence(Node.Sequence(items)), of: key)
        }
    }

    // MARK: - Lookups

    func section(_ name: String) throws(PlanEditError) -> PlanIndex.Section {
        if let section = index.section(name) { return section }
        if index.topLevelKey(name) != nil { throw .notASection(name) }
        throw .unknownSection(name)
    }

    func item(_ id: String, in name: String) throws(PlanEditError) -> (PlanIndex.Section, PlanIndex.Item) {
        let section = try section(name)
        guard let item = section.items.first(where: { $0.id == id }) else { throw .unknownItem(section: name, id: id) }
        return (section, item)
    }

    /// The mapping of an item's block and its id.
    static func itemMapping(_ block: String, section: String) throws(PlanEditError) -> (Node.Mapping, String) {
        let mapping = try YAMLFragment.mapping(block, as: .block)
        guard let id = mapping["id"]?.scalar?.string, !id.isEmpty else { throw .missingID(section: section) }
        return (mapping, id)
    }

    static func checkKey(_ key: String) throws(PlanEditError) {
        guard YAMLFragment.isValidKey(key) else { throw .invalidKey(key) }
    }

    /// The node of a value given as text; an empty text is refused.
    static func valueNode(_ value: String, key: String) throws(PlanEditError) -> Node {
        guard let node = try YAMLFragment.parse(value, as: .value(key: key)) else { throw .emptyValue(key: key) }
        return node
    }

    // MARK: - Rendering

    /// The lines of an item at a dash indentation and a key indentation.
    static func itemLines(_ block: String, dashIndent: Int, keyIndent: Int) -> [String] {
        let fragment = LineShape.fragmentLines(block)
        var result: [String] = []
        var started = false
        for line in fragment {
            if started {
                result.append(line.isEmpty ? "" : LineShape.spaces(keyIndent) + line)
            } else if LineShape.isContent(line) {
                result.append(LineShape.spaces(dashIndent) + "-" + LineShape.spaces(max(keyIndent - dashIndent - 1, 1)) + line)
                started = true
            } else if !line.isEmpty {
                result.append(LineShape.spaces(dashIndent) + line)
            }
        }
        return result
    }

    /// The lines of `key: value`, the first one starting with `prefix` (the key's indentation, or
    /// the item's dash), nested lines indented one step further than `keyIndent`.
    static func keyLines(_ key: String, value: String, node: Node, prefix: String, keyIndent: Int, step: Int) -> [String] {
        let fragment = LineShape.fragmentLines(value)
        let isBlock = LineShape.isBlockCollection(node, in: TextLines(value).contents)
        let nested = LineShape.spaces(keyIndent + step)
        if isBlock || fragment.first.map(LineShape.isComment) == true {
            return [prefix + key + ":"] + fragment.map { $0.isEmpty ? "" : nested + $0 }
        }
        let rest = LineShape.fragmentLines(fragment.dropFirst().joined(separator: "\n"))
        return [prefix + key + ": " + (fragment.first ?? "")] + rest.map { $0.isEmpty ? "" : nested + $0 }
    }

    /// `new` with the trailing comment of `old` kept at its column, when both are one line.
    static func keepingComment(of old: String, from valueColumn: Int, in new: [String]) -> [String] {
        guard new.count == 1, let start = LineShape.commentStart(in: old, from: valueColumn) else { return new }
        let body = LineShape.prefix(start, of: old)
        let trimmedCount = body.unicodeScalars.count - (body.unicodeScalars.reversed().prefix { $0 == " " || $0 == "\t" }.count)
        let gap = max(start - trimmedCount, 1)
        let line = new[0]
        let length = line.unicodeScalars.count
        let padding = length < start ? start - length : gap
        return [line + LineShape.spaces(padding) + LineShape.dropping(start, from: old)]
    }

    /// Whether the items of a section are separated by blank lines.
    func usesBlankLines(_ section: PlanIndex.Section, lines: TextLines) -> Bool {
        for (previous, next) in zip(section.items, section.items.dropFirst()) {
            let between = (previous.lastLine + 1)..<next.attachedStart
            if between.contains(where: { LineShape.isBlank(lines[$0]) }) { return true }
        }
        return false
    }

    /// The dash and key indentation of new items of a section: those of its items, else those
    /// of the first list of the file, else 2 and 4.
    func itemIndents(for section: PlanIndex.Section?) -> (dash: Int, key: Int) {
        let candidates = (section?.items ?? []) + index.sections.flatMap(\.items)
        if let item = candidates.first(where: { !$0.isFlow }) ?? candidates.first {
            return (item.dashIndent, item.isFlow ? item.dashIndent + 2 : item.keyIndent)
        }
        return (2, 4)
    }
}
