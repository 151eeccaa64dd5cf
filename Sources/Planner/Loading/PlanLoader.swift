import Bilingual
import CivilTime
import Foundation
import Yams

/// Turns plan files into checked `Plan`s, or a `PlanError` listing every mistake with its location.
public enum PlanLoader {
    static let topKeys = ["jumelage", "id", "title", "language", "revision", "horizon",
                          "partners", "people", "domains", "ties", "events", "blackouts"]
    static let partnerKeys = ["id", "name", "kind", "country", "region", "timezone", "holidays",
                              "language", "coordinates", "office"]
    static let personKeys = ["id", "name", "role", "partner", "email", "phone", "elected", "busy"]
    static let domainKeys = ["id", "name"]
    static let tieKeys = ["id", "kind", "title", "partners", "signed", "year", "place", "period",
                          "domains", "anniversaries"]
    static let blackoutKeys = ["id", "title", "dates", "date", "partners", "people"]
    static let activityKeys = ["id", "kind", "title", "description", "date", "dates", "start", "end",
                               "duration", "timezone", "mode", "host", "hosts", "participants",
                               "travellers", "delegation", "origin", "destination", "travelDays", "place",
                               "domains", "agreement", "audiences", "confidential", "provisional",
                               "alarm", "url", "repeat", "schedule"]
    static let schedulingKeys = ["window", "windows", "weekdays", "holidays", "avoid", "after", "alongside",
                                 "spacing", "leadTime", "prefer"]

    /// Loads every plan file named, or every `*.yaml` plan directly inside a named folder.
    public static func load(paths: [String]) throws -> [Plan] {
        var plans: [Plan] = []
        var issues: [PlanIssue] = []
        for file in try planFiles(in: paths) {
            do { plans.append(try load(file: file)) } catch let error as PlanError { issues += error.issues }
        }
        var seen: [String: Plan] = [:]
        for plan in plans {
            if let other = seen[plan.id] {
                issues.append(PlanIssue(SourceLocation(file: plan.file, line: 1, column: 1),
                                        LocalizedText(fr: "le plan « \(plan.id) » existe déjà dans \(other.file)",
                                                      en: "plan '\(plan.id)' already exists in \(other.file)"),
                                        hint: LocalizedText(fr: "donnez un id unique à chaque plan", en: "give each plan a unique id")))
            }
            seen[plan.id] = plan
        }
        guard issues.isEmpty else { throw PlanError(issues) }
        return plans
    }

    static func planFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PlanError([PlanIssue(SourceLocation(file: path, line: 0, column: 0),
                                           LocalizedText(fr: "fichier ou dossier introuvable", en: "no such file or folder"))])
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                    .sorted()
                files += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    public static func load(file: String) throws -> Plan {
        let location = SourceLocation(file: file, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw PlanError([PlanIssue(location, LocalizedText(fr: "impossible de lire le fichier", en: "cannot read the file"))])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: PlanLimits.maximumFileBytes + 1)) ?? Data()
        if data.count > PlanLimits.maximumFileBytes {
            throw PlanError([PlanIssue(location,
                LocalizedText(fr: "le fichier dépasse \(PlanLimits.maximumFileBytes / 1_048_576) Mo",
                              en: "the file is larger than \(PlanLimits.maximumFileBytes / 1_048_576) MB"),
                hint: LocalizedText(fr: "découpez le plan en plusieurs fichiers", en: "split the plan into several files"))])
        }
        return try load(data: data, file: file)
    }

    public static func load(data: Data, file: String, nodeBudget: Int = PlanLimits.maximumNodes) throws -> Plan {
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8Offset(data)
            let (line, column) = lineAndColumn(of: offset, in: data)
            throw PlanError([PlanIssue(SourceLocation(file: file, line: line, column: column),
                                       LocalizedText(fr: "le fichier n'est pas en UTF-8 valide", en: "the file is not valid UTF-8"),
                                       hint: LocalizedText(fr: "enregistrez-le en UTF-8", en: "save it as UTF-8"))])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PlanError([PlanIssue(SourceLocation(file: file, line: 1, column: 1),
                                           LocalizedText(fr: "le fichier est vide", en: "the file is empty"))])
            }
            root = node
        } catch let error as YamlError {
            throw PlanError([yamlIssue(error, file: file)])
        }
        let reader = PlanReader(file: file, nodeBudget: nodeBudget)
        let plan = PlanDecoder(reader: reader).decode(root)
        guard reader.issues.isEmpty, let plan else { throw PlanError(Array(reader.issues.prefix(PlanLimits.maximumIssues))) }
        return plan
    }

    static func yamlIssue(_ error: YamlError, file: String) -> PlanIssue {
        let hint = LocalizedText(fr: "vérifiez l'indentation (espaces, pas de tabulations) et les deux-points",
                                 en: "check the indentation (spaces, no tabs) and the colons")
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PlanIssue(SourceLocation(file: file, line: mark.line, column: mark.column),
                             LocalizedText(fr: "YAML invalide : \(problem)", en: "invalid YAML: \(problem)"), hint: hint)
        default:
            return PlanIssue(SourceLocation(file: file, line: 1, column: 1),
                             LocalizedText(fr: "YAML invalide : \(error)", en: "invalid YAML: \(error)"), hint: hint)
        }
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = Array(data).makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
