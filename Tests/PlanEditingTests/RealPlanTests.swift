import Foundation
import Testing
import Yams

@testable import PlanEditing

/// Every edit on the plans of `calendars/` changes only the lines of what it edits.
@Suite struct RealPlanTests {
    @Test func thereArePlans() {
        #expect(PlanFiles.names.count >= 4)
        for name in PlanFiles.names { #expect(PlanFiles.loadError(PlanFiles.text(name)) == nil, "\(name)") }
    }

    @Test(arguments: PlanFiles.names) func sectionsAreFound(name: String) throws {
        let plan = try PlanText(PlanFiles.text(name))
        let sections = plan.sections()
        for section in ["partners", "people", "events"] { #expect(sections.contains(section), "\(name): \(section)") }
        for section in sections {
            let ids = plan.itemIDs(in: section)
            #expect(!ids.isEmpty)
            #expect(Set(ids).count == ids.count)
        }
        #expect(plan.topLevelValue("jumelage") == "1")
        #expect(plan.topLevelValue("horizon")?.hasPrefix("{from:") == true)
    }

    @Test(arguments: PlanFiles.names) func replacingAnItemByItsOwnBlockChangesNothing(name: String) throws {
        let text = PlanFiles.text(name)
        var plan = try PlanText(text)
        var count = 0
        for section in plan.sections() {
            for id in plan.itemIDs(in: section) {
                let block = try #require(plan.itemBlock(section: section, id: id))
                try plan.apply(.replaceItem(section: section, id: id, block: block))
                #expect(plan.text == text, "\(name): \(section)/\(id)")
                // The same block with another layout: only the item's lines change.
                let reformatted = try Yams.serialize(node: Yams.compose(yaml: block)!)
                var other = try PlanText(text)
                try other.apply(.replaceItem(section: section, id: id, block: reformatted))
                let diff = LineDiff(lines(text), lines(other.text))
                #expect(diff.lies(within: try PlanText(text).span(section, id), other.span(section, id)), "\(name): \(section)/\(id)")
                count += 1
            }
        }
        #expect(count > 10)
    }

    @Test(arguments: PlanFiles.names) func settingAKeyChangesOnlyItsLines(name: String) throws {
        let text = PlanFiles.text(name)
        let original = try PlanText(text)
        for section in original.sections() {
            for id in original.itemIDs(in: section) {
                let item = try #require(original.index.section(section)?.items.first { $0.id == id })
                let ownBlock = try #require(original.itemBlock(section: section, id: id))
                let node = try #require(try Yams.compose(yaml: ownBlock))
                for key in item.keys where key.name != "id" {
                    // The same value in another layout (block instead of flow, plain instead of quoted).
                    let keyNode = try #require(node.mapping?[key.name])
                    let value = try Yams.serialize(node: keyNode)
                    var plan = original
                    try plan.apply(.setItemKey(section: section, id: id, key: key.name, value: value))
                    let diff = LineDiff(lines(text), lines(plan.text))
                    let newItem = try #require(plan.index.section(section)?.items.first { $0.id == id })
                    let newKey = try #require(newItem.keys.first { $0.name == key.name })
                    #expect(
                        diff.lies(within: key.line...key.lastLine, newKey.line...newKey.lastLine), "\(name): \(section)/\(id).\(key.name)")
                    #expect(PlanFiles.loadError(plan.text) == nil, "\(name): \(section)/\(id).\(key.name)")
                }
                // A new text for a name or a title: the item's other lines and comments stay.
                if let key = item.keys.first(where: { $0.name == "name" || $0.name == "title" }) {
                    var plan = original
                    let value = YAMLScalar.quoted("Nouveau : « \(id) » #1")
                    try plan.apply(.setItemKey(section: section, id: id, key: key.name, value: value))
                    let diff = LineDiff(lines(text), lines(plan.text))
                    #expect(diff.lies(within: key.line...key.lastLine, key.line...key.line), "\(name): \(section)/\(id)")
                    #expect(PlanFiles.loadError(plan.text) == nil, "\(name): \(section)/\(id)")
                }
            }
        }
    }

    @Test(arguments: PlanFiles.names) func removingAnItemRemovesOnlyItsLines(name: String) throws {
        let text = PlanFiles.text(name)
        let original = try PlanText(text)
        for section in original.sections() {
            for id in original.itemIDs(in: section) {
                var plan = original
                try plan.apply(.removeItem(section: section, id: id))
                #expect(!plan.itemIDs(in: section).contains(id))
                #expect(plan.itemIDs(in: section) == original.itemIDs(in: section).filter { $0 != id })
                let chunk = try #require(original.chunk(section, id))
                let diff = LineDiff(lines(text), lines(plan.text))
                let sectionLine = try #require(original.index.section(section)?.key.line)
                // The chunk, a blank line next to it, and the key line when the list empties.
                let allowed = diff.removed.allSatisfy {
                    chunk.contains($0) || (($0 == chunk.lowerBound - 1 || $0 == chunk.upperBound + 1) && lines(text)[$0].isEmpty)
                        || $0 == sectionLine
                }
                #expect(allowed, "\(name): \(section)/\(id)")
                #expect(diff.added.count <= 1)
                // Comment lines outside the chunk are all kept.
                let comments = lines(text).enumerated().filter { !chunk.contains($0.offset) && $0.element.trimmingSpaces().hasPrefix("#") }
                #expect(comments.count == lines(plan.text).filter { $0.trimmingSpaces().hasPrefix("#") }.count)
                // Items nobody refers to: the plan still loads.
                let mentions = text.components(separatedBy: id).count - 1
                if mentions == 1 { #expect(PlanFiles.loadError(plan.text) == nil, "\(name): \(section)/\(id)") }
            }
        }
    }

    @Test(arguments: PlanFiles.names) func appendingAnItemAddsOnlyItsLines(name: String) throws {
        let text = PlanFiles.text(name)
        let original = try PlanText(text)
        for section in original.sections() {
            let ids = original.itemIDs(in: section)
            let last = try #require(ids.last)
            let block = try #require(original.itemBlock(section: section, id: last))
                .replacingOccurrences(of: "id: \(last)", with: "id: \(last)-copie")
            var plan = original
            try plan.apply(.appendItem(section: section, block: block))
            #expect(plan.itemIDs(in: section) == ids + ["\(last)-copie"])
            // The new text is the old one with the item's lines (and a blank line before) inserted.
            let span = try #require(plan.span(section, "\(last)-copie"))
            var withoutItem = lines(plan.text)
            withoutItem.removeSubrange(span)
            var withoutBlank = lines(plan.text)
            withoutBlank.removeSubrange((span.lowerBound - 1)...span.upperBound)
            #expect(withoutItem == lines(text) || withoutBlank == lines(text), "\(name): \(section)")
            #expect(PlanFiles.loadError(plan.text) == nil, "\(name): \(section)")
            // The new item is a copy of the last one, but for its id.
            #expect(plan.itemBlock(section: section, id: "\(last)-copie") == block)
        }
    }

    @Test(arguments: PlanFiles.names) func movingItemsKeepsEveryLine(name: String) throws {
        let text = PlanFiles.text(name)
        let original = try PlanText(text)
        for section in original.sections() {
            let ids = original.itemIDs(in: section)
            guard ids.count >= 2, let first = ids.first, let last = ids.last else { continue }
            for (edit, order) in [
                (PlanEdit.moveItem(section: section, id: first, before: nil), Array(ids.dropFirst()) + [first]),
                (PlanEdit.moveItem(section: section, id: last, before: first), [last] + ids.dropLast()),
                (PlanEdit.moveItem(section: section, id: ids[1], before: first), [ids[1], first] + ids.dropFirst(2)),
            ] {
                var plan = original
                try plan.apply(edit)
                #expect(plan.itemIDs(in: section) == order, "\(name): \(edit)")
                // The same lines, blank lines aside, in another order; every item unchanged.
                #expect(lines(text).filter { !$0.isEmpty }.sorted() == lines(plan.text).filter { !$0.isEmpty }.sorted(), "\(name): \(edit)")
                for id in ids { #expect(plan.itemBlock(section: section, id: id) == original.itemBlock(section: section, id: id)) }
                // Outside the section nothing moved.
                let key = try #require(original.index.section(section)?.key.line)
                #expect(Array(lines(text)[...key]) == Array(lines(plan.text)[...key]))
                #expect(PlanFiles.loadError(plan.text) == nil, "\(name): \(edit)")
            }
        }
    }

    @Test(arguments: PlanFiles.names) func settingTopLevelKeys(name: String) throws {
        let text = PlanFiles.text(name)
        var plan = try PlanText(text)
        try plan.apply(.setTopLevel(key: "revision", value: "2026-01-15T09:30:00Z"))
        var diff = LineDiff(lines(text), lines(plan.text))
        #expect(diff.removed.count == 1 && diff.added.count == 1)
        #expect(plan.topLevelValue("revision") == "2026-01-15T09:30:00Z")
        #expect(PlanFiles.loadError(plan.text) == nil)
        try plan.apply(.setTopLevel(key: "title", value: "{fr: Titre, en: Title}"))
        #expect(plan.topLevelValue("title") == "{fr: Titre, en: Title}")
        #expect(PlanFiles.loadError(plan.text) == nil)
        var added = try PlanText(text)
        try added.apply(.setTopLevel(key: "language", value: "en"))
        try added.apply(.setTopLevel(key: "note", value: "x"))
        diff = LineDiff(lines(text), lines(added.text))
        #expect(diff.added.count <= 2 && diff.removed.count <= 1)
        let note = try #require(lines(added.text).firstIndex(of: "note: x"))
        let firstList = try #require(lines(added.text).firstIndex { $0 == "partners:" || $0 == "people:" })
        #expect(note < firstList)
    }
}
