import YAMLReading

/// An entry of a jurisdiction file (a holiday rule, a blackout rule), read from its YAML mapping.
protocol JurisdictionEntry: Sendable {
    /// The key of the file's list of entries: `holidays`, `blackouts`.
    static var listKey: String { get }
    /// The keys an entry may have.
    static var keys: [String] { get }
    var id: String { get }
    /// Reads one entry, reporting every mistake to the mapping's reader; nil when there is any.
    init?(map: MappingReader)
}
