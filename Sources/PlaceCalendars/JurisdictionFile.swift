import Bilingual
import YAMLReading

/// One holiday or blackout file as written, before its includes are resolved.
struct JurisdictionFile<Entry: JurisdictionEntry> {
    struct Include {
        let code: String
        let location: SourceLocation
    }

    struct Exclude {
        let id: String
        let location: SourceLocation
    }

    let path: String
    let code: String
    let codeLocation: SourceLocation
    let name: LocalizedText?
    let includes: [Include]
    let excludes: [Exclude]
    let entries: [Entry]

    static var keys: [String] { ["jurisdiction", "name", "include", "exclude", Entry.listKey] }

    /// Reads the file; a `SourceError` lists every mistake in it.
    static func read(_ source: CalendarSource) throws -> JurisdictionFile {
        let stem = source.stem
        return try source.read(keys: keys, firstLine: "jurisdiction: \(stem)") { top in
            let reader = top.reader
            let code = top.string("jurisdiction", required: true)
            if let code {
                let valid = code.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                    !part.isEmpty && part.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII }
                }
                if !valid {
                    reader.report(
                        at: top.location(of: "jurisdiction"),
                        LocalizedText(
                            fr: "le code de juridiction « \(code) » n'est pas fait de majuscules et de chiffres joints par « - »",
                            en: "jurisdiction code '\(code)' is not upper-case letters and digits joined by '-'"),
                        hint: LocalizedText(
                            fr: "écrivez-le comme « CA-QC » ou « BE-WAL-NAMUR »",
                            en: "write it like 'CA-QC' or 'BE-WAL-NAMUR'"))
                } else if code != stem {
                    reader.report(
                        at: top.location(of: "jurisdiction"),
                        LocalizedText(
                            fr: "le fichier s'appelle \(stem) mais déclare la juridiction \(code)",
                            en: "the file is named \(stem) but declares jurisdiction \(code)"),
                        hint: LocalizedText(
                            fr: "renommez le fichier en \(code).yaml ou corrigez la ligne « jurisdiction: »",
                            en: "rename the file to \(code).yaml or correct the 'jurisdiction:' line"))
                }
            }
            let name = top.bilingual("name")
            let includes = top.strings("include").map { Include(code: $0.value, location: reader.location(of: $0.node)) }
            let excludes = top.strings("exclude").map { Exclude(id: $0.value, location: reader.location(of: $0.node)) }
            var entries: [Entry] = []
            var firstLines: [String: Int] = [:]
            for node in top.list(Entry.listKey, required: true) {
                guard let map = reader.mapping(node, context: Entry.listKey, keys: Entry.keys), let entry = Entry(map: map) else {
                    continue
                }
                let location = map.location(of: "id")
                if let first = firstLines[entry.id] {
                    reader.report(
                        at: location,
                        LocalizedText(
                            fr: "l'identifiant « \(entry.id) » est déjà utilisé (ligne \(first))",
                            en: "id '\(entry.id)' is already used (line \(first))"),
                        hint: LocalizedText(fr: "donnez à chaque entrée son propre identifiant", en: "give each entry its own id"))
                    continue
                }
                firstLines[entry.id] = location.line
                entries.append(entry)
            }
            guard let code else { return nil }
            return JurisdictionFile(
                path: source.path, code: code, codeLocation: top.location(of: "jurisdiction"), name: name,
                includes: includes, excludes: excludes, entries: entries)
        }
    }
}
