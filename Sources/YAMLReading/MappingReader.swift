import Bilingual
import CivilTime
import Yams

/// One YAML mapping whose keys are checked against the ones its file may use.
package struct MappingReader {
    package let node: Node
    package let reader: YAMLReader
    package let context: String
    private let values: [String: (key: Node, value: Node)]

    package init(mapping: Node.Mapping, node: Node, reader: YAMLReader, context: String, keys: [String]) {
        self.node = node
        self.reader = reader
        self.context = context
        var values: [String: (key: Node, value: Node)] = [:]
        var previous: (key: String, value: Node)?
        for (keyNode, valueNode) in mapping {
            defer { previous = keyNode.string.map { ($0, valueNode) } }
            guard let key = keyNode.string else {
                reader.report(keyNode, LocalizedText(fr: "clé invalide dans « \(context) »", en: "invalid key in '\(context)'"))
                continue
            }
            if values[key] != nil {
                reader.report(
                    keyNode,
                    LocalizedText(
                        fr: "la clé « \(key) » apparaît deux fois dans « \(context) »",
                        en: "key '\(key)' appears twice in '\(context)'"),
                    hint: LocalizedText(fr: "gardez une seule ligne « \(key): »", en: "keep a single '\(key):' line"))
                continue
            }
            if !keys.contains(key) {
                reader.report(
                    keyNode,
                    LocalizedText(
                        fr: "clé inconnue « \(key) » dans « \(context) »",
                        en: "unknown key '\(key)' in '\(context)'"),
                    hint: Self.cutByAComma(key: keyNode, value: valueNode, previous: previous)
                        ?? Suggestion.didYouMean(key, among: keys))
                continue
            }
            values[key] = (keyNode, valueNode)
        }
        self.values = values
    }

    package var location: SourceLocation { reader.location(of: node) }

    package func has(_ key: String) -> Bool { values[key] != nil }

    package func node(_ key: String) -> Node? { values[key]?.value }

    package func location(of key: String) -> SourceLocation {
        values[key].map { reader.location(of: $0.value) } ?? location
    }

    package func require(_ key: String) -> Node? {
        if let value = values[key]?.value { return value }
        reader.report(
            node,
            LocalizedText(
                fr: "« \(context) » doit avoir la clé « \(key) »",
                en: "'\(context)' needs the key '\(key)'"),
            hint: LocalizedText(fr: "ajoutez une ligne « \(key): … »", en: "add a line '\(key): …'"))
        return nil
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.string(value, context: key)
    }

    package func localized(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.localized(value, context: key)
    }

    package func date(_ key: String, required: Bool = false) -> CivilDate? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.date(value, context: key)
    }

    package func monthDay(_ key: String, required: Bool = false) -> MonthDay? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.monthDay(value, context: key)
    }

    package func dateTime(_ key: String, required: Bool = false) -> CivilDateTime? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.dateTime(value, context: key)
    }

    package func timeZone(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.timeZone(value, context: key)
    }

    package func int(_ key: String, range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.int(value, context: key, range: range)
    }

    package func bool(_ key: String) -> Bool? {
        node(key).flatMap { reader.bool($0, context: key) }
    }

    package func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.choice(value, context: key, as: type)
    }

    package func list(_ key: String, required: Bool = false) -> [Node] {
        guard let value = required ? require(key) : node(key) else { return [] }
        return reader.sequence(value, context: key)
    }

    /// A list of strings; a single string is accepted as a list of one.
    package func strings(_ key: String) -> [(value: String, node: Node)] {
        guard let value = node(key) else { return [] }
        if case .scalar = value {
            return reader.string(value, context: key).map { [($0, value)] } ?? []
        }
        return reader.sequence(value, context: key).compactMap { item in
            reader.string(item, context: key).map { ($0, item) }
        }
    }

    package func mapping(_ key: String, keys: [String], required: Bool = false) -> MappingReader? {
        guard let value = required ? require(key) : node(key) else { return nil }
        return reader.mapping(value, context: key, keys: keys)
    }

    /// In `{en: Director, International Relations Office}` the comma ends the value and YAML
    /// reads the rest as a key without a value, on the line of the value before: say so, with the
    /// quoted text to write.
    static func cutByAComma(key: Node, value: Node, previous: (key: String, value: Node)?) -> LocalizedText? {
        guard let previous, let before = previous.value.scalar, let text = key.string,
            case .scalar(let empty) = value, empty.string.isEmpty, empty.style == .plain,
            let line = key.mark?.line, line == previous.value.mark?.line
        else { return nil }
        let quoted = "\(previous.key): \"\(before.string), \(text)\""
        return LocalizedText(
            fr: "une virgule termine une valeur entre { } : mettez le texte entre guillemets, « \(quoted) »",
            en: "a comma ends a value inside { }: put the text in quotes, \(quoted)")
    }
}
