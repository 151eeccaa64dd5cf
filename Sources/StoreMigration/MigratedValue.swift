import Foundation

/// One column's value as both databases can hold it, in one canonical form for comparing and
/// hashing: SQLite's 0/1 booleans and JSON arrays of text read as PostgreSQL's BOOLEAN and
/// TEXT[] would.
enum MigratedValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case text(String)
    case bytes([UInt8])
    case boolean(Bool)
    case texts([String])

    /// Bytes that differ whenever two values differ (length-prefixed, typed).
    var canonical: [UInt8] {
        func framed(_ tag: String, _ payload: [UInt8]) -> [UInt8] { Array("\(tag)\(payload.count):".utf8) + payload }
        switch self {
        case .null: return Array("n;".utf8)
        case .integer(let value): return framed("i", Array(String(value).utf8))
        case .text(let value): return framed("t", Array(value.utf8))
        case .bytes(let value): return framed("b", value)
        case .boolean(let value): return framed("o", [value ? 1 : 0])
        case .texts(let values): return framed("a", values.flatMap { framed("t", Array($0.utf8)) })
        }
    }
}
