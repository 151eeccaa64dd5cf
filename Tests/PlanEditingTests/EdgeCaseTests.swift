import Testing

@testable import PlanEditing

/// Small plans with the layouts people write by hand, and the exact text each edit gives.
@Suite struct EdgeCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var before: String
        var edit: PlanEdit
        var after: String
        var testDescription: String { name }
    }

    static let head = "jumelage: 1\nid: p\n"

    static let cases: [Case] = [
        Case(
            name: "flow item: one key replaced, the item stays one flow line",
            before: head + "events:\n  - {id: a, name: A}   # first\n  - {id: b, name: B}\n",
            edit: .setItemKey(section: "events", id: "a", key: "name", value: "Autre nom"),
            after: head + "events:\n  - {id: a, name: Autre nom}   # first\n  - {id: b, name: B}\n"),
        Case(
            name: "flow item: a key added",
            before: head + "events:\n  - {id: a, name: A}\n  - {id: b, title: {fr: B, en: B}}\n",
            edit: .setItemKey(section: "events", id: "b", key: "kind", value: "meeting"),
            after: head + "events:\n  - {id: a, name: A}\n  - {id: b, title: {fr: B, en: B}, kind: meeting}\n"),
        Case(
            name: "flow item: a key removed",
            before: head + "events:\n  - {id: a, name: A, kind: x}\n",
            edit: .setItemKey(section: "events", id: "a", key: "name", value: nil),
            after: head + "events:\n  - {id: a, kind: x}\n"),
        Case(
            name: "flow item: a block value turns it into a block item",
            before: head + "events:\n- {id: a, name: A}\n- {id: b}\n",
            edit: .setItemKey(section: "events", id: "a", key: "title", value: "fr: T\nen: T"),
            after: head + "events:\n- id: a\n  name: A\n  title:\n    fr: T\n    en: T\n- {id: b}\n"),
        Case(
            name: "flow item removed",
            before: head + "events:\n  - {id: a}\n  - {id: b}\n  - {id: c}\n",
            edit: .removeItem(section: "events", id: "b"),
            after: head + "events:\n  - {id: a}\n  - {id: c}\n"),
        Case(
            name: "unindented sequence: appended item follows its style",
            before: head + "events:\n- id: a\n  name: A\n- id: b\n  name: B\nother: 1\n",
            edit: .appendItem(section: "events", block: "id: c\nname: C\n"),
            after: head + "events:\n- id: a\n  name: A\n- id: b\n  name: B\n- id: c\n  name: C\nother: 1\n"),
        Case(
            name: "unindented sequence: key set",
            before: head + "events:\n- id: a\n  name: A\n# about b\n- id: b\n  name: B\n",
            edit: .setItemKey(section: "events", id: "a", key: "kind", value: "meeting"),
            after: head + "events:\n- id: a\n  name: A\n  kind: meeting\n# about b\n- id: b\n  name: B\n"),
        Case(
            name: "block scalar kept whole when another key is set",
            before: head + "events:\n  - id: a\n    description: |\n      # not a comment\n      line two\n    kind: x\n  - id: b\n",
            edit: .setItemKey(section: "events", id: "a", key: "kind", value: "y"),
            after: head + "events:\n  - id: a\n    description: |\n      # not a comment\n      line two\n    kind: y\n  - id: b\n"),
        Case(
            name: "block scalar replaced by one line",
            before: head + "events:\n  - id: a\n    description: >\n      folded\n      text\n\n  - id: b\n",
            edit: .setItemKey(section: "events", id: "a", key: "description", value: "short"),
            after: head + "events:\n  - id: a\n    description: short\n\n  - id: b\n"),
        Case(
            name: "block scalar given as a value",
            before: head + "events:\n  - id: a\n    kind: x\n",
            edit: .setItemKey(section: "events", id: "a", key: "description", value: "|\n  one\n  two\n"),
            after: head + "events:\n  - id: a\n    kind: x\n    description: |\n      one\n      two\n"),
        Case(
            name: "trailing comment of the edited key kept at its column",
            before: head + "events:\n  - id: a\n    outcome: held           # seed 000\n    kind: x   # other\n",
            edit: .setItemKey(section: "events", id: "a", key: "outcome", value: "cancelled"),
            after: head + "events:\n  - id: a\n    outcome: cancelled      # seed 000\n    kind: x   # other\n"),
        Case(
            name: "comments inside an item kept when another key is removed",
            before: head + "events:\n  - id: a\n    # about kind\n    kind: x\n    name: N   # keep\n    # about host\n    host: h\n",
            edit: .setItemKey(section: "events", id: "a", key: "kind", value: nil),
            after: head + "events:\n  - id: a\n    name: N   # keep\n    # about host\n    host: h\n"),
        Case(
            name: "first key removed: the next one moves onto the dash line",
            before: head + "events:\n  - kind: x\n    id: a\n",
            edit: .setItemKey(section: "events", id: "a", key: "kind", value: nil),
            after: head + "events:\n  - id: a\n"),
        Case(
            name: "CRLF file keeps CRLF",
            before: "jumelage: 1\r\nid: p\r\nevents:\r\n  - id: a\r\n    name: A\r\n",
            edit: .setItemKey(section: "events", id: "a", key: "title", value: "fr: T\nen: T"),
            after: "jumelage: 1\r\nid: p\r\nevents:\r\n  - id: a\r\n    name: A\r\n    title:\r\n      fr: T\r\n      en: T\r\n"),
        Case(
            name: "CRLF file: item removed",
            before: "jumelage: 1\r\nevents:\r\n  - id: a\r\n  - id: b\r\n",
            edit: .removeItem(section: "events", id: "b"),
            after: "jumelage: 1\r\nevents:\r\n  - id: a\r\n"),
        Case(
            name: "no final newline stays so after an append",
            before: head + "events:\n  - id: a",
            edit: .appendItem(section: "events", block: "id: b"),
            after: head + "events:\n  - id: a\n  - id: b"),
        Case(
            name: "no final newline: last key set",
            before: head + "events:\n  - id: a\n    name: A",
            edit: .setItemKey(section: "events", id: "a", key: "name", value: "B"),
            after: head + "events:\n  - id: a\n    name: B"),
        Case(
            name: "item last in the file removed with its comment and the blank line before",
            before: head + "events:\n  - id: a\n\n  # about b\n  - id: b\n    name: B\n",
            edit: .removeItem(section: "events", id: "b"),
            after: head + "events:\n  - id: a\n"),
        Case(
            name: "a comment separated by a blank line stays",
            before: head + "events:\n  - id: a\n  # loose note\n\n  - id: b\n\n  - id: c\n",
            edit: .removeItem(section: "events", id: "b"),
            after: head + "events:\n  - id: a\n  # loose note\n\n  - id: c\n"),
        Case(
            name: "empty section []: the first item",
            before: head + "events: []   # none yet\nother: 1\n",
            edit: .appendItem(section: "events", block: "id: a\nname: A"),
            after: head + "events:   # none yet\n  - id: a\n    name: A\nother: 1\n"),
        Case(
            name: "last item removed: the list stays, empty",
            before: head + "events:   # the list\n  - id: a\nother: 1\n",
            edit: .removeItem(section: "events", id: "a"),
            after: head + "events: []   # the list\nother: 1\n"),
        Case(
            name: "missing section created at the end, before trailing blank lines",
            before: head + "people:\n  - id: p\n# end\n\n",
            edit: .appendItem(section: "events", block: "id: a\ntitle: {fr: A, en: A}\n"),
            after: head + "people:\n  - id: p\n# end\n\nevents:\n  - id: a\n    title: {fr: A, en: A}\n\n"),
        Case(
            name: "item moved before another, with its comment, blank lines kept",
            before: head + "events:\n  - id: a\n\n  # about b\n  - id: b\n\n  - id: c\n",
            edit: .moveItem(section: "events", id: "c", before: "b"),
            after: head + "events:\n  - id: a\n\n  - id: c\n\n  # about b\n  - id: b\n"),
        Case(
            name: "item moved to the end",
            before: head + "events:\n  - id: a\n  - id: b\nother: 1\n",
            edit: .moveItem(section: "events", id: "a", before: nil),
            after: head + "events:\n  - id: b\n  - id: a\nother: 1\n"),
        Case(
            name: "item replaced with a new id and a comment inside",
            before: head + "events:\n  - id: a\n    name: A\n  - id: b\n",
            edit: .replaceItem(section: "events", id: "a", block: "id: z\n# renamed\nname: Z\n"),
            after: head + "events:\n  - id: z\n    # renamed\n    name: Z\n  - id: b\n"),
        Case(
            name: "item replaced by a flow block",
            before: head + "events:\n  - id: a\n    name: A\n  - id: b\n",
            edit: .replaceItem(section: "events", id: "a", block: "{id: a, name: B}"),
            after: head + "events:\n  - {id: a, name: B}\n  - id: b\n"),
        Case(
            name: "deeper key indentation kept",
            before: head + "events:\n    -   id: a\n        name: A\n",
            edit: .appendItem(section: "events", block: "id: b\nname: B"),
            after: head + "events:\n    -   id: a\n        name: A\n    -   id: b\n        name: B\n"),
        Case(
            name: "top-level scalar set, its comment kept",
            before: "jumelage: 1\nrevision: 2025-01-01T00:00:00Z   # bump me\nevents: []\n",
            edit: .setTopLevel(key: "revision", value: "2026-02-02T10:00:00Z"),
            after: "jumelage: 1\nrevision: 2026-02-02T10:00:00Z   # bump me\nevents: []\n"),
        Case(
            name: "top-level key added before the first list",
            before: "# header\njumelage: 1\nid: p\n\n# people\npeople:\n  - id: a\n",
            edit: .setTopLevel(key: "horizon", value: "{from: 2024-01-01, to: 2024-12-31}"),
            after: "# header\njumelage: 1\nid: p\nhorizon: {from: 2024-01-01, to: 2024-12-31}\n\n# people\npeople:\n  - id: a\n"),
        Case(
            name: "top-level block value replaced by a block",
            before: "jumelage: 1\ntitle:\n    fr: A   # a\n    en: A\nid: p\n",
            edit: .setTopLevel(key: "title", value: "fr: B\nen: B"),
            after: "jumelage: 1\ntitle:\n    fr: B\n    en: B\nid: p\n"),
    ]

    @Test(arguments: cases) func edit(_ example: Case) throws {
        var plan = try PlanText(example.before)
        try plan.apply(example.edit)
        #expect(plan.text == example.after)
    }

    @Test(arguments: cases) func ownBlocksRoundTrip(_ example: Case) throws {
        var plan = try PlanText(example.before)
        for section in plan.sections() {
            for id in plan.itemIDs(in: section) {
                try plan.apply(.replaceItem(section: section, id: id, block: #require(plan.itemBlock(section: section, id: id))))
            }
        }
        #expect(plan.text == example.before)
    }

    @Test func readers() throws {
        let plan = try PlanText(
            "jumelage: 1   # format\ntitle:\n  fr: A\n  en: B\nnotes: |\n  one\n  two\nevents: []\npeople:\n- {id: a, name: A}\n- id: b\n  # inside\n  name: B\n"
        )
        #expect(plan.sections() == ["events", "people"])
        #expect(plan.itemIDs(in: "people") == ["a", "b"])
        #expect(plan.itemIDs(in: "events") == [])
        #expect(plan.itemBlock(section: "people", id: "a") == "{id: a, name: A}\n")
        #expect(plan.itemBlock(section: "people", id: "b") == "id: b\n# inside\nname: B\n")
        #expect(plan.itemBlock(section: "people", id: "zz") == nil)
        #expect(plan.topLevelValue("jumelage") == "1")
        #expect(plan.topLevelValue("title") == "fr: A\nen: B")
        #expect(plan.topLevelValue("notes") == "|\n  one\n  two")
        #expect(plan.topLevelValue("missing") == nil)
    }

    @Test func editsThatChangeNothingLeaveTheTextAlone() throws {
        let text = "jumelage: 1\nevents:\n  - id: a   # x\n    name: A\n"
        var plan = try PlanText(text)
        try plan.apply(.moveItem(section: "events", id: "a", before: nil))
        try plan.apply(.setItemKey(section: "events", id: "a", key: "missing", value: nil))
        try plan.apply(.setItemKey(section: "events", id: "a", key: "name", value: "A"))
        try plan.apply(.setTopLevel(key: "jumelage", value: "1"))
        #expect(plan.text == text)
    }
}
