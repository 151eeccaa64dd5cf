import Testing
import Yams

@testable import PlanEditing

@Suite struct YAMLWritingTests {
    @Test(arguments: [
        ("Namur", "Namur"),
        ("Ville de Québec", "Ville de Québec"),
        ("Bureau: relations", "\"Bureau: relations\""),
        ("http://x.be", "http://x.be"),
        ("a #b", "\"a #b\""),
        ("a#b", "a#b"),
        ("# note", "\"# note\""),
        ("- item", "\"- item\""),
        ("yes", "\"yes\""),
        ("No", "\"No\""),
        ("true", "\"true\""),
        ("null", "\"null\""),
        ("~", "\"~\""),
        ("12", "\"12\""),
        ("1.5", "\"1.5\""),
        ("2024-01-01", "\"2024-01-01\""),
        (".inf", "\".inf\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("line\nbreak", "\"line\\nbreak\""),
        ("say \"hi\"", "say \"hi\""),
        ("'quoted'", "\"'quoted'\""),
        ("a, b", "\"a, b\""),
        ("[x]", "\"[x]\""),
        ("end:", "\"end:\""),
        ("", "\"\""),
        ("tab\there", "\"tab\\there\""),
        ("*alias", "\"*alias\""),
        ("l'été", "l'été"),
    ])
    func quoted(_ text: String, _ expected: String) throws {
        #expect(YAMLScalar.quoted(text) == expected)
        // It reads back as the same text, alone, in a flow list and in a flow mapping.
        #expect(try Yams.compose(yaml: "k: " + YAMLScalar.quoted(text))?.mapping?["k"]?.string == text)
        #expect(try Yams.compose(yaml: "k: [" + YAMLScalar.quoted(text) + ", z]")?.mapping?["k"]?.sequence?.first?.string == text)
        #expect(try Yams.compose(yaml: "{k: " + YAMLScalar.quoted(text) + "}")?.mapping?["k"]?.string == text)
    }

    @Test func itemBlock() throws {
        let writer = YAMLBlockWriter()
        let block = writer.block([
            YAMLPair("id", .raw("comite-suivi")),
            YAMLPair("kind", .text("committee")),
            YAMLPair("title", .mapping([YAMLPair("fr", .text("Comité : suivi")), YAMLPair("en", .text("Follow-up"))])),
            YAMLPair("date", .raw("2026-05-21")),
            YAMLPair("partners", .list([.text("quebec"), .text("namur")])),
            YAMLPair(
                "description",
                .mapping([YAMLPair("fr", .text(String(repeating: "long ", count: 30))), YAMLPair("en", .text("x"))])),
            YAMLPair(
                "signatories",
                .list([.text("a"), .mapping([YAMLPair("person", .text("b")), YAMLPair("title", .mapping([YAMLPair("fr", .text("T"))]))])])),
        ])
        #expect(
            block == """
                id: comite-suivi
                kind: committee
                title: {fr: "Comité : suivi", en: Follow-up}
                date: 2026-05-21
                partners: [quebec, namur]
                description:
                  fr: "\(String(repeating: "long ", count: 30))"
                  en: x
                signatories:
                  - a
                  - person: b
                    title: {fr: T}

                """)
        let node = try #require(try Yams.compose(yaml: block)?.mapping)
        #expect(node["title"]?.mapping?["fr"]?.string == "Comité : suivi")
        #expect(node["signatories"]?.sequence?.count == 2)
        // The block goes into a plan as is.
        var plan = try PlanText("jumelage: 1\nevents: []\n")
        try plan.apply(.appendItem(section: "events", block: block))
        #expect(plan.itemBlock(section: "events", id: "comite-suivi") == block)
        #expect(writer.value(.list([.text("a"), .text("b")])) == "[a, b]")
        #expect(writer.value(.mapping([YAMLPair("fr", .text("a"))])) == "{fr: a}")
    }
}
