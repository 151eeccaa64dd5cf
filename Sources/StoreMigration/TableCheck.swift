import Crypto

/// What a table holds on one side: its row count and the SHA-256 of its rows in canonical form,
/// sorted, so that both databases give the same digest for the same content.
package struct TableCheck: Hashable, Sendable, Codable {
    package var table: String
    package var rows: Int
    package var sha256: String

    init(table: String, rows: [[MigratedValue]]) {
        self.table = table
        self.rows = rows.count
        let lines = rows.map { row in row.flatMap(\.canonical) }.sorted { $0.lexicographicallyPrecedes($1) }
        var hash = SHA256()
        for line in lines {
            hash.update(data: Array("\(line.count);".utf8))
            hash.update(data: line)
        }
        sha256 = hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
