/// An entry of a jurisdiction file (a holiday rule, a blackout rule), read from its YAML node.
protocol JurisdictionEntry: Sendable {
    /// The key of the file's list of entries: `holidays`, `blackouts`.
    static var listKey: String { get }
    var id: String { get }
    init(node: DataNode, jurisdiction: String) throws
}

/// An entry together with the jurisdiction whose file defines it.
struct ScopedEntry<Entry: JurisdictionEntry>: Sendable {
    let jurisdiction: String
    let entry: Entry
}
