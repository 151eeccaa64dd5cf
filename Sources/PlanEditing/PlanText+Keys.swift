import Yams

extension PlanText {
    func setTopLevel(key name: String, value: String, in change: inout Change) throws(PlanEditError) {
        try Self.checkKey(name)
        let node = try Self.valueNode(value, key: name)
        if let key = index.topLevelKey(name) {
            let prefix = LineShape.prefix(key.column, of: lines[key.line])
            var new = Self.keyLines(name, value: value, node: node, prefix: prefix, keyIndent: key.column, step: index.step)
            if key.lastLine == key.line, key.valueLine == key.line, !key.valueIsBlockCollection {
                new = Self.keepingComment(of: lines[key.line], from: key.valueColumn, in: new)
            }
            if Array(lines.contents[key.line...key.lastLine]) == new { return }
            change.replace(key.line..<(key.lastLine + 1), with: new)
            change.setValue(node, of: name)
            return
        }
        let new = Self.keyLines(name, value: value, node: node, prefix: "", keyIndent: 0, step: index.step)
        let firstList = index.sections.map(\.key).min { $0.line < $1.line }
        let at: Int
        var position = change.expected.count
        if let firstList, let previous = index.topLevel.last(where: { $0.line < firstList.line }) {
            at = previous.lastLine + 1
            position = (index.topLevel.firstIndex { $0.name == previous.name } ?? position - 1) + 1
        } else if let firstList {
            at = firstList.attachedStart
            position = 0
        } else if let last = index.topLevel.last {
            at = last.lastLine + 1
        } else {
            at = lines.count
        }
        change.replace(at..<at, with: new)
        change.expected.insert((Node(name), node), at: position)
    }

    func setItemKey(section name: String, id: String, key: String, value: String?, in change: inout Change) throws(PlanEditError) {
        try Self.checkKey(key)
        let (section, item) = try item(id, in: name)
        if key == "id" && value == nil { throw .cannotRemoveID(section: name, id: id) }
        let node = try value.map { (value) throws(PlanEditError) in try Self.valueNode(value, key: key) }
        if key == "id" {
            guard let newID = node?.scalar?.string, !newID.isEmpty else { throw .missingID(section: name) }
            if newID != id, section.items.contains(where: { $0.id == newID }) { throw .duplicateID(section: name, id: newID) }
        }
        guard let position = section.items.firstIndex(where: { $0.id == id }) else { return }
        var items = change.items(of: name)
        guard case .mapping(let mapping) = items[position] else { return }
        var pairs: [(Node, Node)] = mapping.map { ($0.key, $0.value) }
        let existing = pairs.firstIndex { $0.0.string == key }
        switch (existing, node) {
        case (let index?, let node?): pairs[index].1 = node
        case (let index?, nil): pairs.remove(at: index)
        case (nil, let node?): pairs.append((Node(key), node))
        case (nil, nil): return
        }
        if item.isFlow {
            try setFlowItemKey(item, key: key, value: value, node: node, in: &change)
        } else {
            try setBlockItemKey(item, key: key, value: value, node: node, in: &change)
        }
        guard change.changed else { return }
        items[position] = .mapping(Node.Mapping(pairs))
        change.setItems(items, of: name)
    }

    private func setBlockItemKey(
        _ item: PlanIndex.Item, key name: String, value: String?, node: Node?, in change: inout Change
    ) throws(PlanEditError) {
        if let key = item.keys.first(where: { $0.name == name }) {
            let prefix = LineShape.prefix(key.column, of: lines[key.line])
            guard let value, let node else {
                // Removal; a first key shares the dash line with the item: the next key moves up.
                if key.line == item.startLine {
                    guard let next = item.keys.first(where: { $0.line > key.lastLine }) else {
                        throw .cannotRemoveID(section: "", id: item.id)
                    }
                    let moved = prefix + LineShape.dropping(LineShape.indent(lines[next.line]), from: lines[next.line])
                    change.replace(key.line..<(next.line + 1), with: [moved])
                } else {
                    change.replace(key.attachedStart..<(key.lastLine + 1), with: [])
                }
                return
            }
            var new = Self.keyLines(name, value: value, node: node, prefix: prefix, keyIndent: key.column, step: index.step)
            if key.lastLine == key.line, key.valueLine == key.line, !key.valueIsBlockCollection {
                new = Self.keepingComment(of: lines[key.line], from: key.valueColumn, in: new)
            }
            if Array(lines.contents[key.line...key.lastLine]) == new { return }
            change.replace(key.line..<(key.lastLine + 1), with: new)
        } else if let value, let node {
            let at = (item.keys.last?.lastLine ?? item.lastLine) + 1
            let new = Self.keyLines(
                name, value: value, node: node, prefix: LineShape.spaces(item.keyIndent), keyIndent: item.keyIndent, step: index.step)
            change.replace(at..<at, with: new)
        }
    }

    /// A flow item `- {id: a, name: b}` stays one flow line when every value fits on one line,
    /// and becomes a block item otherwise.
    private func setFlowItemKey(
        _ item: PlanIndex.Item, key name: String, value: String?, node: Node?, in change: inout Change
    ) throws(PlanEditError) {
        guard let end = item.flowEnd else {
            throw .refused(
                .init(fr: "l'élément « \(item.id) » est en style { … } illisible", en: "item '\(item.id)' is an unreadable { … } item"))
        }
        var pairs: [(key: String, value: String)] = []
        for (offset, key) in item.keys.enumerated() {
            let upTo: (Int, Int) =
                offset + 1 < item.keys.count ? (item.keys[offset + 1].line, item.keys[offset + 1].column) : (end.line, end.column)
            var text = slice(from: (key.valueLine, key.valueColumn), to: upTo).trimmingSpaces()
            if offset + 1 < item.keys.count, text.hasSuffix(",") { text = String(text.dropLast()).trimmingSpaces() }
            pairs.append((key.name, text))
        }
        if let existing = pairs.firstIndex(where: { $0.key == name }) {
            if let value { pairs[existing].value = value } else { pairs.remove(at: existing) }
        } else if let value {
            pairs.append((name, value))
        }
        let values = pairs.map { LineShape.fragmentLines($0.value) }
        let isBlock = LineShape.isBlockCollection(node, in: TextLines(value ?? "").contents)
        let new: [String]
        if !isBlock, values.allSatisfy({ $0.count == 1 }) {
            let first = lines[item.startLine]
            let opening = LineShape.prefix(item.keyIndent, of: first)
            var line = opening + "{" + zip(pairs, values).map { "\($0.key): \($1[0])" }.joined(separator: ", ") + "}"
            let last = lines[item.lastLine]
            line += LineShape.dropping(end.column + 1, from: last)
            new = [line]
        } else {
            var block: [String] = []
            for (pair, value) in zip(pairs, values) {
                let parsed = (try? YAMLFragment.parse(pair.value, as: .value(key: pair.key))) ?? nil
                block += Self.keyLines(
                    pair.key, value: value.joined(separator: "\n"), node: parsed ?? Node(""), prefix: "", keyIndent: 0, step: index.step)
            }
            new = Self.itemLines(block.joined(separator: "\n"), dashIndent: item.dashIndent, keyIndent: item.dashIndent + 2)
        }
        change.replace(item.startLine..<(item.lastLine + 1), with: new)
    }

    /// The text between two positions (0-based line, column in unicode scalars).
    func slice(from start: (Int, Int), to end: (Int, Int)) -> String {
        if start.0 == end.0 {
            return LineShape.dropping(start.1, from: LineShape.prefix(end.1, of: lines[start.0]))
        }
        var parts = [LineShape.dropping(start.1, from: lines[start.0])]
        if start.0 + 1 < end.0 { parts += lines.contents[(start.0 + 1)..<end.0] }
        parts.append(LineShape.prefix(end.1, of: lines[end.0]))
        return parts.joined(separator: "\n")
    }
}
