/// An entry of a jurisdiction file (a holiday rule, a blackout rule), read from its YAML node.
protocol JurisdictionEntry: Sendable {
    /// The key of the file's list of entries: `holidays`, `blackouts`.
    static var listKey: String { get }
    var id: String { get }
    init(node: DataNode, jurisdiction: String) throws
}
