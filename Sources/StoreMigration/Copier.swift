import Crypto
import Foundation
import GRDB
import Logging
import PostgresNIO
import WorkspaceStore

/// The steps of a migration on one PostgreSQL connection, inside the caller's transaction.
struct Copier: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// PostgreSQL's kinds of column the workspace uses.
    enum Kind: String, Sendable {
        case integer = "bigint", text, boolean, bytes = "bytea", texts = "ARRAY"
    }

    func requireEmpty(_ table: String) async throws {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(table) LIMIT 1"), logger: logger).collect()
        guard rows.isEmpty else { throw StoreMigrationError.targetNotEmpty(table) }
    }

    /// The target's columns and their kinds, in the table's order.
    func columns(of table: String) async throws -> [(name: String, kind: Kind)] {
        let rows = try await connection.query(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_name = \(table) AND table_schema = current_schema() ORDER BY ordinal_position
            """, logger: logger
        ).collect()
        return try rows.map { row in
            let (name, type) = try row.decode((String, String).self)
            guard let kind = Kind(rawValue: type) else {
                throw StoreMigrationError.schemaMismatch(table: table, detail: "\(name): \(type)")
            }
            return (name, kind)
        }
    }

    /// Copies every row of `table` from `source`, then reads the target back and compares.
    func copy(_ table: MigratedTable, from source: DatabaseQueue) async throws -> TableCheck {
        let target = try await columns(of: table.postgres)
        let sourceRows = try await read(table, columns: target, from: source)
        let names = target.map(\.name)
        let placeholders = (1...max(1, names.count)).map { "$\($0)" }.joined(separator: ", ")
        let insert = "INSERT INTO \(table.postgres) (\(names.map(Self.quoted).joined(separator: ", "))) VALUES (\(placeholders))"
        for row in sourceRows {
            var bindings = PostgresBindings()
            for value in row { try Self.bind(value, to: &bindings) }
            try await connection.query(PostgresQuery(unsafeSQL: insert, binds: bindings), logger: logger)
        }
        if let identity = table.identity {
            // The next id follows every id SQLite ever gave (AUTOINCREMENT never reuses the id of
            // a deleted row, which the history may still name), and every copied one.
            let used = try await source.read { db in
                try db.tableExists("sqlite_sequence")
                    ? try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table.sqlite]) ?? 0 : 0
            }
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(table.postgres)', '\(identity)'),
                                      GREATEST((SELECT COALESCE(MAX(\(identity)), 0) FROM \(table.postgres)), \(used)) + 1, false)
                        """), logger: logger)
        }
        let copied = try await readBack(table.postgres, columns: target)
        let expected = TableCheck(table: table.postgres, rows: sourceRows)
        let found = TableCheck(table: table.postgres, rows: copied)
        guard expected == found else {
            throw StoreMigrationError.verificationFailed(
                table: table.postgres, source: "\(expected.rows) / \(expected.sha256.prefix(12))",
                target: "\(found.rows) / \(found.sha256.prefix(12))")
        }
        return found
    }

    /// The source's rows, in the target's column order and kinds; a table the source never had
    /// (a workspace older than polls, say) has none.
    func read(
        _ table: MigratedTable, columns: [(name: String, kind: Kind)], from source: DatabaseQueue
    ) async throws
        -> [[MigratedValue]]
    {
        try await source.read { db in
            guard try db.tableExists(table.sqlite) else { return [] }
            let sourceColumns = try db.columns(in: table.sqlite).map(\.name)
            let byTarget = Dictionary(uniqueKeysWithValues: sourceColumns.map { (MigratedTable.snakeCase($0), $0) })
            guard Set(byTarget.keys) == Set(columns.map(\.name)) else {
                let missing = Set(columns.map(\.name)).symmetricDifference(byTarget.keys).sorted()
                throw StoreMigrationError.schemaMismatch(table: table.postgres, detail: missing.joined(separator: ", "))
            }
            let selected = columns.map { "\"\(byTarget[$0.name]!)\"" }.joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT \(selected) FROM \(table.sqlite)").map { row in
                try columns.indices.map { index in
                    try Self.value(row[index] as DatabaseValue, as: columns[index].kind, table: table.postgres)
                }
            }
        }
    }

    func readBack(_ table: String, columns: [(name: String, kind: Kind)]) async throws -> [[MigratedValue]] {
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT \(columns.map { Self.quoted($0.name) }.joined(separator: ", ")) FROM \(table)"), logger: logger
        ).collect()
        return try rows.map { row in
            let cells = row.makeRandomAccess()
            return try columns.indices.map { index -> MigratedValue in
                let cell = cells[index]
                switch columns[index].kind {
                case .integer: return try cell.decode(Int64?.self).map(MigratedValue.integer) ?? .null
                case .text: return try cell.decode(String?.self).map(MigratedValue.text) ?? .null
                case .boolean: return try cell.decode(Bool?.self).map(MigratedValue.boolean) ?? .null
                case .bytes: return try cell.decode(ByteBuffer?.self).map { .bytes(Array($0.readableBytesView)) } ?? .null
                case .texts: return try cell.decode([String]?.self).map(MigratedValue.texts) ?? .null
                }
            }
        }
    }

    /// The plans of the folder into `workspace_plan_document`, read back and compared.
    func copyPlans(_ plans: [PlanDocument]) async throws -> TableCheck {
        for plan in plans {
            try await connection.query(
                "INSERT INTO workspace_plan_document (file, text, revision) VALUES (\(plan.file), \(plan.text), \(plan.revision))",
                logger: logger)
        }
        let expected = TableCheck(
            table: "workspace_plan_document", rows: plans.map { [.text($0.file), .text($0.text), .text($0.revision)] })
        let found = TableCheck(
            table: "workspace_plan_document",
            rows: try await readBack(
                "workspace_plan_document", columns: [("file", .text), ("text", .text), ("revision", .text)]))
        guard expected == found else {
            throw StoreMigrationError.verificationFailed(
                table: "workspace_plan_document", source: "\(expected.rows) / \(expected.sha256.prefix(12))",
                target: "\(found.rows) / \(found.sha256.prefix(12))")
        }
        return found
    }

    /// A column's name as PostgreSQL reads it whatever it is (`"end"` is a keyword).
    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    /// The files of the last publication, as its folder holds them, recorded for every instance to
    /// serve (`ledger_publication_file`, bytes once per content in `ledger_file_blob`); read back
    /// and compared.
    func copyPublicationFiles(_ files: [(path: String, bytes: Data)], publicationID: Int64) async throws -> TableCheck {
        var expected: [[MigratedValue]] = []
        for file in files {
            let sha256 = SHA256.hash(data: file.bytes).map { String(format: "%02x", $0) }.joined()
            try await connection.query(
                "INSERT INTO ledger_file_blob (sha256, bytes) VALUES (\(sha256), \(ByteBuffer(data: file.bytes))) ON CONFLICT DO NOTHING",
                logger: logger)
            try await connection.query(
                """
                INSERT INTO ledger_publication_file (publication_id, path, sha256, byte_count)
                VALUES (\(publicationID), \(file.path), \(sha256), \(Int64(file.bytes.count)))
                """, logger: logger)
            expected.append([.text(file.path), .text(sha256), .bytes(Array(file.bytes))])
        }
        let rows = try await connection.query(
            """
            SELECT f.path, f.sha256, b.bytes FROM ledger_publication_file f JOIN ledger_file_blob b ON b.sha256 = f.sha256
            WHERE f.publication_id = \(publicationID)
            """, logger: logger
        ).collect()
        let found = try rows.map { row -> [MigratedValue] in
            let (path, sha256, bytes) = try row.decode((String, String, ByteBuffer).self)
            return [.text(path), .text(sha256), .bytes(Array(bytes.readableBytesView))]
        }
        let (want, got) = (
            TableCheck(table: "ledger_publication_file", rows: expected), TableCheck(table: "ledger_publication_file", rows: found)
        )
        guard want == got else {
            throw StoreMigrationError.verificationFailed(
                table: "ledger_publication_file", source: "\(want.rows) / \(want.sha256.prefix(12))",
                target: "\(got.rows) / \(got.sha256.prefix(12))")
        }
        return got
    }

    static func value(_ value: DatabaseValue, as kind: Kind, table: String) throws -> MigratedValue {
        switch (value.storage, kind) {
        case (.null, _): return .null
        case (.int64(let number), .integer): return .integer(number)
        case (.int64(let number), .boolean): return .boolean(number != 0)
        case (.string(let text), .text): return .text(text)
        case (.blob(let data), .bytes): return .bytes(Array(data))
        case (.string(let json), .texts):
            guard let texts = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else {
                throw StoreMigrationError.schemaMismatch(table: table, detail: "not a JSON array of text: \(json.prefix(40))")
            }
            return .texts(texts)
        default: throw StoreMigrationError.schemaMismatch(table: table, detail: "\(value) is not \(kind.rawValue)")
        }
    }

    static func bind(_ value: MigratedValue, to bindings: inout PostgresBindings) throws {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let number): try bindings.append(number)
        case .text(let text): try bindings.append(text)
        case .bytes(let bytes): try bindings.append(ByteBuffer(bytes: bytes))
        case .boolean(let flag): try bindings.append(flag)
        case .texts(let texts): try bindings.append(texts)
        }
    }
}
