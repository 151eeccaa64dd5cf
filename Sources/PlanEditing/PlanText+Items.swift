import Yams

extension PlanText {
    func replaceItem(section name: String, id: String, block: String, in change: inout Change) throws(PlanEditError) {
        let (section, item) = try item(id, in: name)
        let (mapping, newID) = try Self.itemMapping(block, section: name)
        if newID != id, section.items.contains(where: { $0.id == newID }) { throw .duplicateID(section: name, id: newID) }
        let old = Self.block(of: item, lines: lines)
        if LineShape.fragmentLines(old) == LineShape.fragmentLines(block) { return }
        change.replace(
            item.startLine..<(item.lastLine + 1), with: Self.itemLines(block, dashIndent: item.dashIndent, keyIndent: item.keyIndent))
        var items = change.items(of: name)
        if let position = section.items.firstIndex(where: { $0.id == id }) { items[position] = .mapping(mapping) }
        change.setItems(items, of: name)
    }

    func appendItem(section name: String, block: String, in change: inout Change) throws(PlanEditError) {
        let (mapping, newID) = try Self.itemMapping(block, section: name)
        if let section = index.section(name) {
            if section.items.contains(where: { $0.id == newID }) { throw .duplicateID(section: name, id: newID) }
            let indents = itemIndents(for: section)
            let new = Self.itemLines(block, dashIndent: indents.dash, keyIndent: indents.key)
            if let last = section.items.last {
                let separator = usesBlankLines(section, lines: lines) ? [""] : []
                change.replace((last.lastLine + 1)..<(last.lastLine + 1), with: separator + new)
            } else {
                // `key: []` or `key:` alone: the key line loses its `[]`, the items follow it.
                let line = lines[section.key.line]
                let end = LineShape.commentStart(in: line, from: section.key.column + name.unicodeScalars.count + 1)
                var keyLine = LineShape.prefix(section.key.column, of: line) + name + ":"
                if let end {
                    let gap = end - LineShape.prefix(end, of: line).trimmingTrailingSpaces().unicodeScalars.count
                    keyLine += LineShape.spaces(max(gap, 1)) + LineShape.dropping(end, from: line)
                }
                change.replace(section.key.line..<(section.key.line + 1), with: [keyLine] + new)
            }
            change.setItems(change.items(of: name) + [.mapping(mapping)], of: name)
            return
        }
        if index.topLevelKey(name) != nil { throw .notASection(name) }
        let indents = itemIndents(for: nil)
        var end = lines.count
        while end > 0, LineShape.isBlank(lines[end - 1]) { end -= 1 }
        let separator = end > 0 ? [""] : []
        change.replace(end..<end, with: separator + [name + ":"] + Self.itemLines(block, dashIndent: indents.dash, keyIndent: indents.key))
        change.setItems([.mapping(mapping)], of: name)
    }

    func removeItem(section name: String, id: String, in change: inout Change) throws(PlanEditError) {
        let (section, item) = try item(id, in: name)
        if section.items.count == 1 {
            let range = item.attachedStart..<(item.lastLine + 1)
            // The list stays, empty: `key: []`.
            let line = lines[section.key.line]
            let end = LineShape.commentStart(in: line, from: section.key.column + name.unicodeScalars.count) ?? line.unicodeScalars.count
            let body = LineShape.prefix(end, of: line)
            let trimmed = body.trimmingTrailingSpaces()
            let keyLine = trimmed + " []" + LineShape.dropping(trimmed.unicodeScalars.count, from: line)
            change.replace(range, with: [])
            change.replace(section.key.line..<(section.key.line + 1), with: [keyLine])
        } else {
            change.replace(removalRange(of: item, in: section), with: [])
        }
        change.setItems(change.items(of: name).enumerated().filter { section.items[$0.offset].id != id }.map(\.element), of: name)
    }

    /// The lines an item takes with its comments, and one blank line of the two around it.
    func removalRange(of item: PlanIndex.Item, in section: PlanIndex.Section) -> Range<Int> {
        var lower = item.attachedStart
        var upper = item.lastLine + 1
        let blankBefore = lower == section.key.line + 1 || (lower > 0 && LineShape.isBlank(lines[lower - 1]))
        if upper < lines.count, LineShape.isBlank(lines[upper]), blankBefore {
            upper += 1
        } else if upper >= lines.count, lower > 0, LineShape.isBlank(lines[lower - 1]) {
            lower -= 1
        }
        return lower..<upper
    }

    func moveItem(section name: String, id: String, before target: String?, in change: inout Change) throws(PlanEditError) {
        let (section, item) = try item(id, in: name)
        if let target, !section.items.contains(where: { $0.id == target }) { throw .unknownItem(section: name, id: target) }
        var order = section.items.map(\.id).filter { $0 != id }
        let position = target.flatMap { order.firstIndex(of: $0) } ?? order.count
        order.insert(id, at: position)
        guard target != id, order != section.items.map(\.id) else { return }
        let separator = usesBlankLines(section, lines: lines) ? [""] : []
        let chunk = Array(lines.contents[item.attachedStart...item.lastLine])
        let removed = removalRange(of: item, in: section)
        change.replace(removed, with: [])
        func shifted(_ line: Int) -> Int { line >= removed.upperBound ? line - removed.count : line }
        if let target, let other = section.items.first(where: { $0.id == target }) {
            let at = shifted(other.attachedStart)
            change.replace(at..<at, with: chunk + separator)
        } else if let last = section.items.last(where: { $0.id != id }) {
            let at = shifted(last.lastLine) + 1
            change.replace(at..<at, with: separator + chunk)
        }
        let nodes = change.items(of: name)
        let byID = Dictionary(zip(section.items.map(\.id), nodes), uniquingKeysWith: { first, _ in first })
        change.setItems(order.compactMap { byID[$0] }, of: name)
    }
}
