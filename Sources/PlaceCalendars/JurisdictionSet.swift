import Bilingual
import Foundation
import YAMLReading

/// The jurisdiction files of one folder (`calendars/holidays`, `calendars/blackouts`), with
/// `include:` resolved: a jurisdiction has its own entries plus those of the jurisdictions it
/// includes, less the ids it lists under `exclude:`; an own entry replaces an included one with the same id.
struct JurisdictionSet<Entry: JurisdictionEntry>: Sendable {
    let entries: [String: [ScopedEntry<Entry>]]
    let names: [String: LocalizedText]

    /// Reads every file, then resolves the includes; a `SourceError` lists the mistakes of every
    /// file, or when the files read well, every include or exclude that does not resolve.
    init(sources: [CalendarSource]) throws {
        var files: [JurisdictionFile<Entry>] = []
        var issues: [SourceIssue] = []
        for source in sources {
            do { files.append(try JurisdictionFile<Entry>.read(source)) } catch let error as SourceError { issues += error.issues }
        }
        guard issues.isEmpty else { throw SourceError(issues) }

        var parsed: [String: JurisdictionFile<Entry>] = [:]
        for file in files {
            if let earlier = parsed[file.code] {
                issues.append(
                    SourceIssue(
                        file.codeLocation,
                        LocalizedText(
                            fr: "la juridiction \(file.code) est aussi définie dans \(earlier.path)",
                            en: "jurisdiction \(file.code) is also defined in \(earlier.path)"),
                        hint: LocalizedText(fr: "gardez un seul fichier par juridiction", en: "keep one file per jurisdiction")))
            } else {
                parsed[file.code] = file
            }
        }
        var resolved: [String: [ScopedEntry<Entry>]] = [:]
        var visiting: [String] = []
        func resolve(_ code: String) -> [ScopedEntry<Entry>] {
            if let done = resolved[code] { return done }
            let file = parsed[code]!
            visiting.append(code)
            defer { visiting.removeLast() }
            let own = file.entries.map { ScopedEntry(jurisdiction: code, entry: $0) }
            let ownIDs = Set(own.map(\.entry.id))
            let excluded = Set(file.excludes.map(\.id))
            var result = own
            var seen = Set(own.map { "\($0.jurisdiction)/\($0.entry.id)" })
            var includedIDs: Set<String> = []
            for include in file.includes {
                guard parsed[include.code] != nil else {
                    issues.append(Self.unknownInclude(include, known: parsed.keys.filter { $0 != code }.sorted()))
                    continue
                }
                if let start = visiting.firstIndex(of: include.code) {
                    let cycle = (visiting[start...] + [include.code]).joined(separator: " → ")
                    issues.append(
                        SourceIssue(
                            include.location,
                            LocalizedText(fr: "cycle d'inclusions \(cycle)", en: "include cycle \(cycle)"),
                            hint: LocalizedText(fr: "retirez l'une de ces inclusions", en: "remove one of these includes")))
                    continue
                }
                for scoped in resolve(include.code) {
                    includedIDs.insert(scoped.entry.id)
                    let key = "\(scoped.jurisdiction)/\(scoped.entry.id)"
                    guard !ownIDs.contains(scoped.entry.id), !excluded.contains(scoped.entry.id), !seen.contains(key) else { continue }
                    seen.insert(key)
                    result.append(scoped)
                }
            }
            for exclude in file.excludes where !includedIDs.contains(exclude.id) {
                issues.append(Self.unmatchedExclude(exclude, includedIDs: includedIDs.sorted()))
            }
            resolved[code] = result
            return result
        }
        for code in parsed.keys.sorted() {
            _ = resolve(code)
        }
        guard issues.isEmpty else { throw SourceError(issues) }
        entries = resolved
        names = parsed.compactMapValues(\.name)
    }

    func entries(of jurisdiction: String) throws -> [ScopedEntry<Entry>] {
        guard let found = entries[jurisdiction] else {
            throw CalendarLookupError.unknownJurisdiction(jurisdiction, known: entries.keys.sorted())
        }
        return found
    }

    private static func unknownInclude(_ include: JurisdictionFile<Entry>.Include, known: [String]) -> SourceIssue {
        let addFile = LocalizedText(fr: "ajoutez un fichier \(include.code).yaml", en: "add a file \(include.code).yaml")
        let hint: LocalizedText
        if known.isEmpty {
            hint = LocalizedText(fr: "aucune autre juridiction n'est chargée : ", en: "no other jurisdiction is loaded: ").appending(
                addFile)
        } else if let match = Suggestion.closest(to: include.code, among: known) {
            hint = LocalizedText(fr: "vouliez-vous dire « \(match) » ? Sinon ", en: "did you mean '\(match)'? Otherwise ").appending(
                addFile)
        } else {
            let list = known.joined(separator: ", ")
            hint = LocalizedText(fr: "utilisez l'une de : \(list) ; sinon ", en: "use one of: \(list); otherwise ").appending(addFile)
        }
        return SourceIssue(
            include.location,
            LocalizedText(
                fr: "« \(include.code) » n'est pas une juridiction connue",
                en: "'\(include.code)' is not a known jurisdiction"),
            hint: hint)
    }

    private static func unmatchedExclude(_ exclude: JurisdictionFile<Entry>.Exclude, includedIDs: [String]) -> SourceIssue {
        let hint: LocalizedText
        if includedIDs.isEmpty {
            hint = LocalizedText(
                fr: "les juridictions incluses n'ont aucune entrée : retirez « \(exclude.id) » de « exclude »",
                en: "the included jurisdictions have no entry: remove '\(exclude.id)' from 'exclude'")
        } else if let match = Suggestion.closest(to: exclude.id, among: includedIDs) {
            hint = LocalizedText(fr: "vouliez-vous dire « \(match) » ?", en: "did you mean '\(match)'?")
        } else {
            let list = includedIDs.joined(separator: ", ")
            hint = LocalizedText(
                fr: "vérifiez l'orthographe ; identifiants inclus : \(list)",
                en: "check the spelling; included ids: \(list)")
        }
        return SourceIssue(
            exclude.location,
            LocalizedText(
                fr: "« exclude » nomme « \(exclude.id) », qu'aucune juridiction incluse ne définit",
                en: "'exclude' names '\(exclude.id)', which no included jurisdiction defines"),
            hint: hint)
    }
}
