import Bilingual
import Foundation

/// The jurisdiction files of one folder (`calendars/holidays`, `calendars/blackouts`), with
/// `include:` resolved: a jurisdiction has its own entries plus those of the jurisdictions it
/// includes, less the ids it lists under `exclude:`; an own entry replaces an included one with the same id.
struct JurisdictionSet<Entry: JurisdictionEntry>: Sendable {
    let entries: [String: [ScopedEntry<Entry>]]
    let names: [String: LocalizedText]

    init(sources: [CalendarSource]) throws {
        var parsed: [String: ParsedFile] = [:]
        for source in sources {
            let file = try ParsedFile(root: DataNode.parse(yaml: source.text, file: source.path), stem: source.stem)
            if let earlier = parsed[file.code] {
                throw file.codeNode.error("jurisdiction \(file.code) is also defined in \(earlier.codeNode.file)",
                                          fix: "keep one file per jurisdiction")
            }
            parsed[file.code] = file
        }
        var resolved: [String: [ScopedEntry<Entry>]] = [:]
        var visiting: [String] = []
        func resolve(_ code: String) throws -> [ScopedEntry<Entry>] {
            if let done = resolved[code] { return done }
            let file = parsed[code]!
            visiting.append(code)
            defer { visiting.removeLast() }
            let own = file.entries.map { ScopedEntry(jurisdiction: code, entry: $0) }
            let ownIDs = Set(own.map(\.entry.id))
            var result = own
            var seen = Set(own.map { "\($0.jurisdiction)/\($0.entry.id)" })
            var includedIDs: Set<String> = []
            for (included, node) in file.includes {
                guard parsed[included] != nil else {
                    throw node.error("`\(included)` is not a known jurisdiction",
                                     fix: "use one of: \(parsed.keys.sorted().joined(separator: ", ")), or add a file \(included).yaml")
                }
                if let start = visiting.firstIndex(of: included) {
                    let cycle = (visiting[start...] + [included]).joined(separator: " → ")
                    throw node.error("include cycle \(cycle)", fix: "remove one of these includes")
                }
                for scoped in try resolve(included) {
                    includedIDs.insert(scoped.entry.id)
                    let key = "\(scoped.jurisdiction)/\(scoped.entry.id)"
                    guard !ownIDs.contains(scoped.entry.id), !file.excludes.contains(where: { $0.0 == scoped.entry.id }),
                          !seen.contains(key) else { continue }
                    seen.insert(key)
                    result.append(scoped)
                }
            }
            for (id, node) in file.excludes where !includedIDs.contains(id) {
                throw node.error("exclude `\(id)` matches no entry of the included jurisdictions",
                                 fix: "check the spelling; included ids: \(includedIDs.sorted().joined(separator: ", "))")
            }
            resolved[code] = result
            return result
        }
        for code in parsed.keys.sorted() {
            _ = try resolve(code)
        }
        entries = resolved
        names = parsed.compactMapValues(\.name)
    }

    func entries(of jurisdiction: String) throws -> [ScopedEntry<Entry>] {
        guard let found = entries[jurisdiction] else {
            throw CalendarLookupError.unknownJurisdiction(jurisdiction, known: entries.keys.sorted())
        }
        return found
    }

    private struct ParsedFile {
        let code: String
        let codeNode: DataNode
        let name: LocalizedText?
        let includes: [(String, DataNode)]
        let excludes: [(String, DataNode)]
        let entries: [Entry]

        init(root: DataNode, stem: String) throws {
            let fields = try root.mapping(
                "the file", allowed: ["jurisdiction", "name", "include", "exclude", Entry.listKey],
                required: ["jurisdiction", Entry.listKey])
            codeNode = fields["jurisdiction"]!
            code = try codeNode.string("jurisdiction")
            let valid = code.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII }
            }
            guard valid else {
                throw codeNode.error("jurisdiction code `\(code)` is not upper-case letters and digits joined by '-'",
                                     fix: "write it like `CA-QC` or `BE-WAL-NAMUR`")
            }
            guard code == stem else {
                throw codeNode.error("the file is named \(stem) but declares jurisdiction \(code)",
                                     fix: "rename the file to \(code).yaml or correct the `jurisdiction:` line")
            }
            name = try fields["name"]?.name("the jurisdiction name")
            includes = try (fields["include"]?.sequence("include") ?? []).map { (try $0.string("an included jurisdiction"), $0) }
            excludes = try (fields["exclude"]?.sequence("exclude") ?? []).map { (try $0.string("an excluded id"), $0) }
            var entries: [Entry] = []
            var ids: Set<String> = []
            for node in try fields[Entry.listKey]!.sequence(Entry.listKey) {
                let entry = try Entry(node: node, jurisdiction: code)
                guard ids.insert(entry.id).inserted else {
                    throw node.error("the id `\(entry.id)` is used twice in \(code)", fix: "give each entry its own id")
                }
                entries.append(entry)
            }
            self.entries = entries
        }
    }
}
