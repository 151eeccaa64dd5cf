/// Builds the YAML block of an item (a standalone mapping) from ordered keys and values, in the
/// style of the plans: flow lists `[a, b]`, short mappings in flow `{fr: …, en: …}`, nested
/// blocks indented by `indent`.
package struct YAMLBlockWriter: Sendable, Hashable {
    /// Spaces per nesting level.
    package var indent: Int
    /// The widest line a flow mapping or list may make; wider ones are written as blocks.
    package var flowWidth: Int

    package init(indent: Int = 2, flowWidth: Int = 100) {
        self.indent = indent
        self.flowWidth = flowWidth
    }

    /// The block of `pairs`, one key per line, ending with a newline.
    package func block(_ pairs: [YAMLPair]) -> String {
        lines(pairs, level: 0).joined(separator: "\n") + "\n"
    }

    /// One value alone, as `PlanEdit.setItemKey` and `PlanEdit.setTopLevel` take it.
    package func value(_ value: YAMLValue) -> String {
        if let flow = flow(value) { return flow }
        switch value {
        case .list(let items): return listLines(items, level: 0).joined(separator: "\n")
        case .mapping(let pairs): return lines(pairs, level: 0).joined(separator: "\n")
        case .text, .raw: return flow(value) ?? ""
        }
    }

    func lines(_ pairs: [YAMLPair], level: Int) -> [String] {
        let pad = String(repeating: " ", count: level * indent)
        var result: [String] = []
        for pair in pairs {
            let key = YAMLScalar.quoted(pair.key)
            if let flow = flow(pair.value), pad.count + key.count + 2 + flow.count <= flowWidth || pair.value.isScalar {
                result.append(pad + key + ": " + flow)
                continue
            }
            result.append(pad + key + ":")
            switch pair.value {
            case .mapping(let inner): result += lines(inner, level: level + 1)
            case .list(let items): result += listLines(items, level: level + 1)
            case .text, .raw: break
            }
        }
        return result
    }

    func listLines(_ items: [YAMLValue], level: Int) -> [String] {
        let pad = String(repeating: " ", count: level * indent)
        var result: [String] = []
        for item in items {
            if let flow = flow(item), pad.count + 2 + flow.count <= flowWidth || item.isScalar {
                result.append(pad + "- " + flow)
                continue
            }
            var nested: [String]
            switch item {
            case .mapping(let inner): nested = lines(inner, level: 0)
            case .list(let inner): nested = listLines(inner, level: 0)
            case .text, .raw: nested = []
            }
            guard !nested.isEmpty else { continue }
            let innerPad = String(repeating: " ", count: 2)
            result.append(pad + "- " + nested.removeFirst())
            result += nested.map { pad + innerPad + $0 }
        }
        return result
    }

    /// The one-line flow form of a value made of scalars, flat lists and flat mappings.
    func flow(_ value: YAMLValue) -> String? {
        switch value {
        case .text(let text): return YAMLScalar.quoted(text)
        case .raw(let raw): return raw
        case .list(let items):
            var parts: [String] = []
            for item in items {
                guard item.isScalar, let part = flow(item) else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .mapping(let pairs):
            var parts: [String] = []
            for pair in pairs {
                guard pair.value.isScalar, let part = flow(pair.value) else { return nil }
                parts.append(YAMLScalar.quoted(pair.key) + ": " + part)
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }
}
