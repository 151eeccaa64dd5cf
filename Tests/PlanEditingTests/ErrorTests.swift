import Bilingual
import Testing

@testable import PlanEditing

/// Each refused edit says what is wrong, where, and how to fix it, in French and in English.
@Suite struct ErrorTests {
    static let plan = "jumelage: 1\nid: p\nname: x\nevents:\n  - id: a\n    name: A\n  - id: b\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: PlanEdit
        var error: PlanEditError
        /// Words the French and the English messages must hold.
        var fr: [String]
        var en: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown section", edit: .removeItem(section: "ties", id: "a"), error: .unknownSection("ties"),
            fr: ["« ties »"], en: ["'ties'"]),
        Case(
            name: "not a section", edit: .appendItem(section: "name", block: "id: c"), error: .notASection("name"),
            fr: ["« name »"], en: ["'name'"]),
        Case(
            name: "unknown item", edit: .setItemKey(section: "events", id: "zz", key: "name", value: "x"),
            error: .unknownItem(section: "events", id: "zz"), fr: ["« zz »", "« events »"], en: ["'zz'", "'events'"]),
        Case(
            name: "unknown item to move before", edit: .moveItem(section: "events", id: "a", before: "zz"),
            error: .unknownItem(section: "events", id: "zz"), fr: ["« zz »"], en: ["'zz'"]),
        Case(
            name: "duplicate id on append", edit: .appendItem(section: "events", block: "id: b\n"),
            error: .duplicateID(section: "events", id: "b"), fr: ["« b »"], en: ["'b'"]),
        Case(
            name: "duplicate id on replace", edit: .replaceItem(section: "events", id: "a", block: "id: b\n"),
            error: .duplicateID(section: "events", id: "b"), fr: ["« b »"], en: ["'b'"]),
        Case(
            name: "duplicate id by a key", edit: .setItemKey(section: "events", id: "a", key: "id", value: "b"),
            error: .duplicateID(section: "events", id: "b"), fr: ["« b »"], en: ["'b'"]),
        Case(
            name: "block that is not YAML", edit: .appendItem(section: "events", block: "id: c\nname: [x\nkind: y\n"),
            error: .notYAML(.block, line: 3, column: 5, message: "did not find expected ',' or ']'"),
            fr: ["le bloc de l'élément, ligne 3, colonne 5", "YAML invalide"], en: ["the item's block, line 3, column 5", "invalid YAML"]),
        Case(
            name: "block with a bad indentation", edit: .replaceItem(section: "events", id: "a", block: "id: a\n  name: A\n"),
            error: .notYAML(.block, line: 2, column: 7, message: "mapping values are not allowed in this context"),
            fr: ["ligne 2, colonne 7"], en: ["line 2, column 7"]),
        Case(
            name: "value that is not YAML", edit: .setItemKey(section: "events", id: "a", key: "name", value: "\"open"),
            error: .notYAML(.value(key: "name"), line: 1, column: 6, message: "found unexpected end of stream"),
            fr: ["la valeur de « name »"], en: ["the value of 'name'"]),
        Case(
            name: "block that is a list", edit: .appendItem(section: "events", block: "- id: c\n"),
            error: .notAMapping(.block, line: 1, column: 1), fr: ["ligne 1, colonne 1", "clé: valeur"],
            en: ["line 1, column 1", "key: value"]),
        Case(
            name: "block without id", edit: .appendItem(section: "events", block: "name: C\n"),
            error: .missingID(section: "events"), fr: ["« id »"], en: ["'id'"]),
        Case(
            name: "empty value", edit: .setTopLevel(key: "name", value: ""), error: .emptyValue(key: "name"),
            fr: ["« name »", "\"\""], en: ["'name'", "\"\""]),
        Case(
            name: "invalid key", edit: .setItemKey(section: "events", id: "a", key: "a: b", value: "x"), error: .invalidKey("a: b"),
            fr: ["« a: b »"], en: ["'a: b'"]),
        Case(
            name: "id removed", edit: .setItemKey(section: "events", id: "a", key: "id", value: nil),
            error: .cannotRemoveID(section: "events", id: "a"), fr: ["« a »"], en: ["'a'"]),
    ]

    @Test(arguments: cases) func refused(_ example: Case) throws {
        var plan = try PlanText(Self.plan)
        #expect(throws: example.error) { try plan.apply(example.edit) }
        #expect(plan.text == Self.plan)
        let fr = example.error.rendered(in: .fr)
        let en = example.error.rendered(in: .en)
        #expect(fr.hasPrefix("erreur : ") && fr.contains("\n  correction : "))
        #expect(en.hasPrefix("error: ") && en.contains("\n  fix: "))
        for word in example.fr { #expect(fr.contains(word), "\(fr)") }
        for word in example.en { #expect(en.contains(word), "\(en)") }
        #expect(example.error.exitCode == 1)
    }

    @Test func planThatIsNotYAML() {
        #expect(throws: PlanEditError.notYAML(.plan, line: 4, column: 1, message: "could not find expected ':'")) {
            try PlanText("jumelage: 1\nid: p\nbroken\n")
        }
        #expect(throws: PlanEditError.notAMapping(.plan, line: 1, column: 1)) { try PlanText("- a\n- b\n") }
        let error = PlanEditError.notYAML(.plan, line: 3, column: 1, message: "m")
        #expect(error.rendered(in: .fr).contains("le plan, ligne 3, colonne 1"))
        #expect(error.rendered(in: .en).contains("the plan, line 3, column 1"))
        #expect(PlanEditError.refused(LocalizedText("x")).rendered(in: .en).contains("edit refused"))
    }
}
