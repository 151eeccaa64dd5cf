import Bilingual
import Foundation
import YAMLReading
import Yams

/// Turns plan files into checked `Plan`s, or a `SourceError` listing every mistake with its location.
public enum PlanLoader {
    static let topKeys = ["jumelage", "id", "title", "language", "revision", "horizon",
                          "partners", "people", "domains", "ties", "bodies", "projects", "events", "blackouts", "mobility"]
    static let partnerKeys = ["id", "name", "kind", "country", "region", "timezone", "holidays",
                              "language", "coordinates", "office"]
    static let personKeys = ["id", "name", "role", "partner", "email", "phone", "elected", "busy"]
    static let domainKeys = ["id", "name"]
    static let tieKeys = ["id", "kind", "title", "partners", "signed", "year", "place", "period",
                          "domains", "anniversaries", "signatories", "renews"]
    static let signatoryKeys = ["person", "name", "title", "partner"]
    static let bodyKeys = ["id", "name", "description", "agreement", "members", "parity"]
    static let memberKeys = ["person", "partner", "country", "count", "role"]
    static let projectKeys = ["id", "title", "partners", "domains", "funding", "budget", "period", "status", "indicators"]
    static let fundingKeys = ["programme", "call"]
    static let budgetKeys = ["partner", "amount", "currency"]
    static let indicatorKeys = ["id", "name", "domain", "target", "targets", "results", "measure"]
    static let outcomeKeys = ["held", "cancelled", "postponed", "reason"]
    static let blackoutKeys = ["id", "title", "dates", "date", "partners", "people"]
    static let activityKeys = ["id", "kind", "title", "description", "date", "dates", "start", "end",
                               "duration", "timezone", "mode", "host", "hosts", "participants",
                               "travellers", "delegation", "origin", "destination", "travelDays", "place",
                               "domains", "agreement", "audiences", "confidential", "provisional",
                               "alarm", "url", "repeat", "schedule", "outcome", "outcomes", "body", "projects"]
    static let schedulingKeys = ["window", "windows", "weekdays", "holidays", "avoid", "after", "alongside",
                                 "spacing", "leadTime", "prefer"]

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
                issues.append(SourceIssue(SourceLocation(file: plan.file, line: 1, column: 1),
                                        LocalizedText(fr: "le plan « \(plan.id) » existe déjà dans \(other.file)",
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
                throw SourceError([SourceIssue(SourceLocation(file: path, line: 0, column: 0),
                                           LocalizedText(fr: "fichier ou dossier introuvable", en: "no such file or folder"),
                                           hint: LocalizedText(fr: "vérifiez le chemin ; un lien symbolique qui mène nulle part ou vers lui-même ne compte pas",
                                                               en: "check the path; a symbolic link that leads nowhere or to itself does not count"))])
            }
            if isDirectory.boolValue {
                let folder = SourceLocation(file: path, line: 0, column: 0)
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw SourceError([SourceIssue(folder, LocalizedText(fr: "impossible de lire le dossier", en: "cannot read the folder"),
                                                   hint: LocalizedText(fr: "vérifiez ses droits de lecture (ls -ld)",
                                                                       en: "check that you may read it (ls -ld)"))])
                }
                let names = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                guard !names.isEmpty else {
                    throw SourceError([SourceIssue(folder,
                        LocalizedText(fr: "le dossier ne contient aucun plan (fichier .yaml)", en: "the folder holds no plan (.yaml file)"),
                        hint: LocalizedText(fr: "nommez un fichier de plan, ou le dossier qui les contient (par exemple calendars)",
                                            en: "name a plan file, or the folder that holds them (for example calendars)"))])
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
            throw SourceError([SourceIssue(location, LocalizedText(fr: "impossible de lire le fichier", en: "cannot read the file"),
                                           hint: LocalizedText(fr: "vérifiez que vous pouvez le lire et qu'il n'est pas un lien symbolique qui boucle",
                                                               en: "check that you may read it and that it is not a symbolic link that loops"))])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: PlanLimits.maximumFileBytes + 1)) ?? Data()
        if data.count > PlanLimits.maximumFileBytes {
            throw SourceError([SourceIssue(location,
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
            let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            throw SourceError([SourceIssue(SourceLocation(file: file, line: line, column: column),
                                       utf16 ? LocalizedText(fr: "le fichier est en UTF-16, pas en UTF-8",
                                                             en: "the file is UTF-16, not UTF-8")
                                             : LocalizedText(fr: "le fichier n'est pas en UTF-8 valide", en: "the file is not valid UTF-8"),
                                       hint: LocalizedText(fr: "enregistrez-le en UTF-8", en: "save it as UTF-8"))])
        }
        if let refusal = YAMLShape.check(text, nodeBudget: nodeBudget) {
            throw SourceError([shapeIssue(refusal, file: file)])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw SourceError([SourceIssue(SourceLocation(file: file, line: 1, column: 1),
                                           LocalizedText(fr: "le fichier est vide", en: "the file is empty"),
                                           hint: LocalizedText(fr: "un plan commence par « jumelage: 1 », puis « id: », « title: »…",
                                                               en: "a plan starts with 'jumelage: 1', then 'id:', 'title:'…"))])
            }
            root = node
        } catch let error as YamlError {
            throw SourceError([yamlIssue(error, text: text, file: file)])
        }
        guard case .mapping = root else {
            throw SourceError([SourceIssue(SourceLocation(file: file, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1),
                                       LocalizedText(fr: "le plan doit être une table clé: valeur, pas une liste ni un texte seul",
                                                     en: "the plan must be a mapping of key: value, not a list or a lone text"),
                                       hint: LocalizedText(fr: "un plan commence par « jumelage: 1 », puis « id: », « title: »… sans « - » devant",
                                                           en: "a plan starts with 'jumelage: 1', then 'id:', 'title:'… with no '- ' in front"))])
        }
        let reader = YAMLReader(file: file, nodeBudget: nodeBudget)
        let decoder = PlanDecoder(reader: reader)
        var plan = decoder.decode(root)
        if let decoded = plan { plan?.mobility = decoder.readMobility(in: root, plan: decoded) }
        guard reader.issues.isEmpty, let plan else { throw SourceError(listed(reader.issues)) }
        return plan
    }

    /// The first `PlanLimits.maximumIssues` mistakes in file order, and a last line counting the others.
    static func listed(_ issues: [SourceIssue]) -> [SourceIssue] {
        let sorted = issues.sorted()
        guard sorted.count > PlanLimits.maximumIssues else { return sorted }
        let rest = sorted.count - PlanLimits.maximumIssues
        return Array(sorted.prefix(PlanLimits.maximumIssues)) + [SourceIssue(
            sorted[PlanLimits.maximumIssues].location,
            LocalizedText(fr: "\(rest) autre\(rest > 1 ? "s" : "") erreur\(rest > 1 ? "s" : "") à partir d'ici ne sont pas listées",
                          en: "\(rest) more mistake\(rest > 1 ? "s" : "") from here on \(rest > 1 ? "are" : "is") not listed"),
            hint: LocalizedText(fr: "corrigez les \(PlanLimits.maximumIssues) premières puis relancez",
                                en: "fix the first \(PlanLimits.maximumIssues) and run again"))]
    }

    static func shapeIssue(_ refusal: YAMLShape.Refusal, file: String) -> SourceIssue {
        let location = SourceLocation(file: file, line: refusal.line, column: refusal.column)
        switch refusal.kind {
        case .tooDeep(let limit):
            return SourceIssue(location,
                LocalizedText(fr: "listes et tables imbriquées sur plus de \(limit) niveaux",
                              en: "lists and mappings nested more than \(limit) levels deep"),
                hint: LocalizedText(fr: "un plan n'a besoin que de quelques niveaux : vérifiez les crochets [ ] et accolades { }",
                                    en: "a plan needs only a few levels: check the brackets [ ] and braces { }"))
        case .tooManyNodes(let limit):
            return SourceIssue(location,
                LocalizedText(fr: "le document est trop grand (plus de \(limit) nœuds, alias compris)",
                              en: "the document is too large (more than \(limit) nodes, aliases included)"),
                hint: LocalizedText(fr: "découpez le plan en plusieurs fichiers ou retirez les alias YAML (*nom)",
                                    en: "split the plan into several files or remove the YAML aliases (*name)"))
        }
    }

    static func yamlIssue(_ error: YamlError, text: String, file: String) -> SourceIssue {
        let hint = LocalizedText(fr: "vérifiez l'indentation (espaces, pas de tabulations) et les deux-points",
                                 en: "check the indentation (spaces, no tabs) and the colons")
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: max(line, 1), column: max(column, 1)) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var (message, specific) = yamlProblem(problem, context: context)
            let location = at(mark.line, mark.column)
            // An unclosed quote or bracket is noticed lines later: say where it opens.
            if let context, context.mark.line < mark.line,
               problem.contains("end of stream") || problem.hasPrefix("did not find expected ',' or") {
                var what = context.text
                for prefix in ["while parsing a ", "while scanning a "] where what.hasPrefix(prefix) { what = String(what.dropFirst(prefix.count)) }
                message = LocalizedText(
                    fr: "\(message.fr) (\(what) ouvert ligne \(context.mark.line), colonne \(context.mark.column), jamais fermé)",
                    en: "\(message.en) (the \(what) opened on line \(context.mark.line), column \(context.mark.column) is never closed)")
                specific = LocalizedText(
                    fr: "fermez le guillemet, crochet ou accolade de la ligne \(context.mark.line) sur la même ligne ; \(hint.fr)",
                    en: "close the quote, bracket or brace of line \(context.mark.line) on that line; \(hint.en)")
            }
            return SourceIssue(location, message, hint: specific ?? hint)
        case .reader(let problem, let offset, let value, _):
            let (line, column) = offset.map { lineAndColumn(of: $0, in: Data(text.utf8)) } ?? (1, 1)
            let character = value >= 0 ? String(format: "U+%04X", value) : "?"
            return SourceIssue(at(line, column),
                LocalizedText(fr: "caractère interdit \(character) (\(problem))", en: "character \(character) is not allowed (\(problem))"),
                hint: LocalizedText(fr: "retirez-le : un plan est du texte simple", en: "remove it: a plan is plain text"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = Self.repeatedKey(key, after: first, in: text)
            return SourceIssue(at(second?.line ?? first.line, second?.column ?? first.column),
                LocalizedText(fr: "la clé « \(key) » apparaît deux fois (ligne \(first.line))",
                              en: "key '\(key)' appears twice (line \(first.line))"),
                hint: LocalizedText(fr: "gardez une seule ligne « \(key): »", en: "keep a single '\(key):' line"))
        default:
            return SourceIssue(at(1, 1), LocalizedText(fr: "YAML invalide : \(error)", en: "invalid YAML: \(error)"), hint: hint)
        }
    }

    /// libyaml's problem, in both languages, and a fix when the problem says which.
    private static func yamlProblem(_ problem: String, context: YamlError.Context?) -> (LocalizedText, LocalizedText?) {
        let message = LocalizedText(fr: "YAML invalide : \(problem)", en: "invalid YAML: \(problem)")
        switch problem {
        case let text where text.hasPrefix("Maximum nesting level"):
            return (LocalizedText(fr: "YAML invalide : imbrication trop profonde", en: "invalid YAML: nested too deeply"),
                    LocalizedText(fr: "un plan n'a besoin que de quelques niveaux : vérifiez les crochets [ ] et accolades { }",
                                  en: "a plan needs only a few levels: check the brackets [ ] and braces { }"))
        case "mapping values are not allowed in this context":
            return (message, LocalizedText(
                fr: "mettez entre guillemets une valeur qui contient « : » (title: \"Visite : Namur\"), ou vérifiez l'indentation",
                en: "quote a value that contains ': ' (title: \"Visit: Namur\"), or check the indentation"))
        case "found undefined alias":
            return (LocalizedText(fr: "YAML invalide : alias « * » sans ancre « & » correspondante",
                                  en: "invalid YAML: alias '*' with no matching anchor '&'"),
                    LocalizedText(fr: "mettez entre guillemets une valeur qui commence par « * »",
                                  en: "quote a value that starts with '*'"))
        case "but found another document":
            return (LocalizedText(fr: "YAML invalide : un second document commence ici (« --- »)",
                                  en: "invalid YAML: a second document starts here ('---')"),
                    LocalizedText(fr: "un fichier contient un seul plan : retirez la ligne « --- » ou mettez l'autre plan dans son propre fichier",
                                  en: "a file holds one plan: remove the '---' line or put the other plan in a file of its own"))
        case let text where text.hasPrefix("did not find expected ',' or"):
            return (message, LocalizedText(fr: "séparez les éléments par des virgules et fermez le crochet ou l'accolade sur la même ligne",
                                           en: "separate the items with commas and close the bracket or brace on the same line"))
        default:
            return (message, nil)
        }
    }

    /// Where `key` is written again in the mapping whose first copy of it is at `first`.
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index].utf8
            let indent = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }.count
            if indent == first.column - 1, line.dropFirst(indent).starts(with: (key + ":").utf8) {
                return (index + 1, first.column)
            }
        }
        return nil
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
