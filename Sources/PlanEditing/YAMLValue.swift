/// A value for `YAMLBlockWriter`: what a form field holds.
package indirect enum YAMLValue: Sendable, Hashable {
    /// A text, quoted when needed.
    case text(String)
    /// Written as is: a number, a date, `true`, an id known to be plain.
    case raw(String)
    /// A list: `[a, b]` when its items are texts or raw values, a block list otherwise.
    case list([YAMLValue])
    /// A mapping: `{fr: …, en: …}` when its values are texts or raw values and it fits on a
    /// line, a block mapping otherwise.
    case mapping([YAMLPair])

    var isScalar: Bool {
        switch self {
        case .text, .raw: return true
        case .list, .mapping: return false
        }
    }
}

/// One `key: value` of a mapping, in the order it is written.
package struct YAMLPair: Sendable, Hashable {
    package var key: String
    package var value: YAMLValue

    package init(_ key: String, _ value: YAMLValue) {
        self.key = key
        self.value = value
    }
}
