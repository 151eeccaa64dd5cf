import Bilingual
import PlanModel
import Foundation
import YAMLReading

/// Turns plan files into checked `Plan`s, or a `SourceError` listing every mistake with its location.
public enum PlanLoader {
    static let topKeys = [
        "jumelage", "id", "title", "language", "revision", "horizon",
        "partners", "people", "domains", "ties", "bodies", "projects", "events", "blackouts", "mobility",
        "organizer",
    ]
    static let organizerKeys = ["name", "email"]
    static let partnerKeys = [
        "id", "name", "kind", "country", "region", "timezone", "holidays",
        "language", "coordinates", "office",
    ]
    static let personKeys = ["id", "name", "role", "partner", "email", "phone", "elected", "busy"]
    static let domainKeys = ["id", "name"]
    static let tieKeys = [
        "id", "kind", "title", "partners", "signed", "year", "place", "period",
        "domains", "anniversaries", "signatories", "renews",
    ]
    static let signatoryKeys = ["person", "name", "title", "partner"]
    static let bodyKeys = ["id", "name", "description", "agreement", "members", "parity"]
    static let memberKeys = ["person", "partner", "country", "count", "role"]
    static let projectKeys = ["id", "title", "partners", "domains", "funding", "budget", "period", "status", "indicators"]
    static let fundingKeys = ["programme", "call"]
    static let budgetKeys = ["partner", "amount", "currency"]
    static let indicatorKeys = ["id", "name", "domain", "target", "targets", "results", "measure"]
    static let outcomeKeys = ["held", "cancelled", "postponed", "reason"]
    static let blackoutKeys = ["id", "title", "dates", "date", "partners", "people"]
    static let activityKeys = [
        "id", "kind", "title", "description", "date", "dates", "start", "end",
        "duration", "timezone", "mode", "host", "hosts", "participants",
        "travellers", "attendees", "delegation", "origin", "destination", "travelDays", "place",
        "domains", "agreement", "audiences", "confidential", "provisional",
        "alarm", "url", "repeat", "history", "schedule", "stay", "outcome", "outcomes", "body", "projects",
    ]
    static let schedulingKeys = [
        "window", "windows", "weekdays", "days", "holidays", "avoid", "after", "alongside",
        "spacing", "leadTime", "prefer",
    ]

    /// Loads every plan file named, or every `*.yaml` plan directly inside a named folder.
    public static func load(paths: [String]) throws -> [Plan] {
        var plans: [Plan] = []
        var issues: [SourceIssue] = []
        for file in try planFiles(in: paths) {
            do { plans.append(try load(file: file)) } catch let error as SourceError { issues += error.issues }
        }
        var seen: [String: Plan] = [:]
        for plan in plans {
            if let other = seen[plan.id] {
                issues.append(
                    SourceIssue(
                        SourceLocation(file: plan.file, line: 1, column: 1),
                        LocalizedText(
                            fr: "le plan « \(plan.id) » existe déjà dans \(other.file)",
                            en: "plan '\(plan.id)' already exists in \(other.file)"),
                        hint: LocalizedText(fr: "donnez un id unique à chaque plan", en: "give each plan a unique id")))
            }
            seen[plan.id] = plan
        }
        guard issues.isEmpty else { throw SourceError(issues) }
        return plans
    }

    static func planFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SourceError([
                    SourceIssue(
                        SourceLocation(file: path, line: 0, column: 0),
                        LocalizedText(fr: "fichier ou dossier introuvable", en: "no such file or folder"),
                        hint: LocalizedText(
                            fr: "vérifiez le chemin ; un lien symbolique qui mène nulle part ou vers lui-même ne compte pas",
                            en: "check the path; a symbolic link that leads nowhere or to itself does not count"))
                ])
            }
            if isDirectory.boolValue {
                let folder = SourceLocation(file: path, line: 0, column: 0)
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw SourceError([
                        SourceIssue(
                            folder, LocalizedText(fr: "impossible de lire le dossier", en: "cannot read the folder"),
                            hint: LocalizedText(
                                fr: "vérifiez ses droits de lecture (ls -ld)",
                                en: "check that you may read it (ls -ld)"))
                    ])
                }
                let names = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                guard !names.isEmpty else {
                    throw SourceError([
                        SourceIssue(
                            folder,
                            LocalizedText(
                                fr: "le dossier ne contient aucun plan (fichier .yaml)", en: "the folder holds no plan (.yaml file)"),
                            hint: LocalizedText(
                                fr: "nommez un fichier de plan, ou le dossier qui les contient (par exemple calendars)",
                                en: "name a plan file, or the folder that holds them (for example calendars)"))
                    ])
                }
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
            throw SourceError([
                SourceIssue(
                    location, LocalizedText(fr: "impossible de lire le fichier", en: "cannot read the file"),
                    hint: LocalizedText(
                        fr: "vérifiez que vous pouvez le lire et qu'il n'est pas un lien symbolique qui boucle",
                        en: "check that you may read it and that it is not a symbolic link that loops"))
            ])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: PlanLimits.maximumFileBytes + 1)) ?? Data()
        if data.count > PlanLimits.maximumFileBytes {
            throw SourceError([
                SourceIssue(
                    location,
                    LocalizedText(
                        fr: "le fichier dépasse \(PlanLimits.maximumFileBytes / 1_048_576) Mo",
                        en: "the file is larger than \(PlanLimits.maximumFileBytes / 1_048_576) MB"),
                    hint: LocalizedText(fr: "découpez le plan en plusieurs fichiers", en: "split the plan into several files"))
            ])
        }
        return try load(data: data, file: file)
    }

    /// Reads one plan from its bytes; `file` is the path its messages name.
    public static func load(data: Data, file: String, nodeBudget: Int = PlanLimits.maximumNodes) throws -> Plan {
        let text = try YAMLDocument.text(of: data, file: file)
        let root = try YAMLDocument.root(of: text, file: file, nodeBudget: nodeBudget, wording: .plan)
        let reader = YAMLReader(file: file, nodeBudget: nodeBudget)
        let decoder = PlanDecoder(reader: reader)
        var plan = decoder.decode(root)
        if let decoded = plan { plan?.mobility = decoder.readMobility(in: root, plan: decoded) }
        guard reader.issues.isEmpty, let plan else { throw SourceError(listing: reader.issues, limit: PlanLimits.maximumIssues) }
        return plan
    }
}
