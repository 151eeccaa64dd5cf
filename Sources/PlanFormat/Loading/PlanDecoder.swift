import Bilingual
import PlanModel
import CivilTime
import Foundation
import YAMLReading
import Yams

/// Reads the sections of one plan document, then checks that every reference resolves.
struct PlanDecoder {
    let reader: YAMLReader

    func decode(_ root: Node) -> Plan? {
        guard let top = reader.mapping(root, context: "plan", keys: PlanLoader.topKeys) else { return nil }
        if let version = top.require("jumelage") {
            if reader.scalar(version, context: "jumelage") != "1" {
                reader.report(
                    version, LocalizedText(fr: "version de format inconnue", en: "unknown format version"),
                    hint: LocalizedText(fr: "écrivez « jumelage: 1 »", en: "write 'jumelage: 1'"))
            }
        }
        let id = top.string("id", required: true).flatMap { checkedID($0, node: top.node("id")!) }
        let title = top.localized("title", required: true)
        let language = top.choice("language", as: Language.self) ?? .fr
        let revision = readRevision(top)
        let horizon = top.mapping("horizon", keys: ["from", "to"], required: true).flatMap { readHorizon($0) }

        var known = KnownIDs()
        let partners = unique(top.list("partners", required: true).compactMap(readPartner), what: "partner", location: \.location)
        known.partners = partners.map(\.id)
        let people = unique(top.list("people").compactMap { readPerson($0, known: known) }, what: "person", location: \.location)
        known.people = people.map(\.id)
        let domains = unique(top.list("domains").compactMap(readDomain), what: "domain", location: \.location)
        known.domains = domains.map(\.id)
        let ties = unique(top.list("ties").compactMap { readTie($0, known: known, people: people) }, what: "tie", location: \.location)
        known.ties = ties.map(\.id)
        checkRenewals(ties)
        let bodies = unique(top.list("bodies").compactMap { readBody($0, known: known) }, what: "body", location: \.location)
        known.bodies = bodies.map(\.id)
        let projects = unique(top.list("projects").compactMap { readProject($0, known: known) }, what: "project", location: \.location)
        known.projects = projects.map(\.id)
        let activities = unique(
            top.list("events").compactMap { readActivity($0, partners: partners, known: known, horizon: horizon) },
            what: "event", location: \.location)

        checkEventReferences(activities)
        checkCandidateDays(activities, horizon: horizon)
        let blackouts = unique(top.list("blackouts").compactMap { readBlackout($0, known: known) }, what: "blackout", location: \.location)

        guard let id, let title, let revision, let horizon else { return nil }
        var plan = Plan(
            id: id, title: title, language: language, revision: revision, horizon: horizon,
            partners: partners, people: people, domains: domains, ties: ties,
            activities: activities, blackouts: blackouts, file: reader.file)
        plan.bodies = bodies
        plan.projects = projects
        plan.organizer = readOrganizer(top)
        return plan
    }

    /// `organizer: {name: …, email: …}`: the office that sends invitations; its address must
    /// look like one.
    private func readOrganizer(_ top: MappingReader) -> Organizer? {
        guard let map = top.mapping("organizer", keys: PlanLoader.organizerKeys) else { return nil }
        guard let node = map.require("email"), let email = reader.string(node, context: "email") else { return nil }
        guard EmailAddress.isPlausible(email) else {
            reader.report(
                node,
                LocalizedText(
                    fr: "« \(email) » n'est pas une adresse électronique valide",
                    en: "'\(email)' is not a valid email address"),
                hint: LocalizedText(
                    fr: "écrivez une adresse de la forme bureau@ville.exemple, sans espace ni nom",
                    en: "write an address such as office@city.example, without spaces or a name"))
            return nil
        }
        return Organizer(name: map.string("name"), email: email, location: map.location)
    }

    private func readRevision(_ top: MappingReader) -> Instant? {
        guard let node = top.require("revision"), let text = reader.scalar(node, context: "revision") else { return nil }
        if let date = CivilDate(iso: text) { return Instant(utc: CivilDateTime(date: date, time: .midnight)) }
        if text.hasSuffix("Z"), let dateTime = CivilDateTime(iso: text.dropLast()) { return Instant(utc: dateTime) }
        reader.report(
            node, LocalizedText(fr: "« \(text) » n'est pas une révision valide", en: "'\(text)' is not a valid revision"),
            hint: LocalizedText(
                fr: "écrivez une date (2024-01-15) ou un instant UTC (2024-01-15T09:00:00Z)",
                en: "write a date (2024-01-15) or a UTC instant (2024-01-15T09:00:00Z)"))
        return nil
    }

    func checkedID(_ id: String, node: Node) -> String? {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_.")
        // Ids become parts of feed and page names: `..` or a trailing `.` would make names no
        // server serves.
        guard id.unicodeScalars.allSatisfy({ allowed.contains($0) }), id.first?.isLetter == true || id.first?.isNumber == true,
            !id.contains(".."), !id.hasSuffix("."), id.utf8.count <= 100
        else {
            reader.report(
                node,
                LocalizedText(
                    fr: "l'identifiant « \(id) » contient des caractères non permis",
                    en: "id '\(id)' contains characters that are not allowed"),
                hint: LocalizedText(
                    fr:
                        "utilisez minuscules sans accents, chiffres, « - », « _ » ou « . » (jamais deux points de suite ni à la fin), 100 caractères au plus",
                    en:
                        "use lowercase letters without accents, digits, '-', '_' or '.' (never two dots in a row nor at the end), 100 characters at most"
                ))
            return nil
        }
        return id
    }

    func readID(_ map: MappingReader) -> String? {
        guard let node = map.require("id"), let id = reader.string(node, context: "id") else { return nil }
        return checkedID(id, node: node)
    }

    func readRange(_ map: MappingReader, context: String) -> DateRange? {
        guard let first = map.date("from", required: true), let last = map.date("to", required: true) else { return nil }
        guard first <= last else {
            reader.report(
                at: map.location(of: "to"),
                LocalizedText(
                    fr: "la fin (\(last)) précède le début (\(first)) dans « \(context) »",
                    en: "the end (\(last)) is before the start (\(first)) in '\(context)'"),
                hint: LocalizedText(fr: "inversez « from » et « to »", en: "swap 'from' and 'to'"))
            return nil
        }
        return DateRange(first: first, last: last)
    }

    /// The plan's horizon, inside the years whose holidays are known.
    private func readHorizon(_ map: MappingReader) -> DateRange? {
        guard let range = readRange(map, context: "horizon") else { return nil }
        let years = PlanLimits.horizonYears
        for (key, date) in [("from", range.first), ("to", range.last)] where !years.contains(date.year) {
            reader.report(
                at: map.location(of: key),
                LocalizedText(
                    fr: "l'horizon doit tenir entre \(years.lowerBound) et \(years.upperBound), pas \(date)",
                    en: "the horizon must lie within \(years.lowerBound)–\(years.upperBound), not \(date)"),
                hint: LocalizedText(
                    fr: "les jours fériés sont connus de \(years.lowerBound) à \(years.upperBound) : choisissez des dates dans ces années",
                    en: "holidays are known from \(years.lowerBound) to \(years.upperBound): choose dates in those years"))
            return nil
        }
        return range
    }

    private func readPartner(_ node: Node) -> Partner? {
        guard let map = reader.mapping(node, context: "partners", keys: PlanLoader.partnerKeys) else { return nil }
        let id = readID(map)
        let name = map.localized("name", required: true)
        let kind = map.choice("kind", as: Partner.Kind.self) ?? .city
        let country = map.string("country", required: true)
        let zone = map.timeZone("timezone", required: true)
        var coordinates: Partner.Coordinates?
        if let node = map.node("coordinates") {
            let values = reader.sequence(node, context: "coordinates")
            if values.count == 2,
                let latitude = reader.double(values[0], context: "latitude", range: -90...90),
                let longitude = reader.double(values[1], context: "longitude", range: -180...180)
            {
                coordinates = .init(latitude: latitude, longitude: longitude)
            } else if values.count != 2 {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "« coordinates » doit être [latitude, longitude]",
                        en: "'coordinates' must be [latitude, longitude]"))
            }
        }
        guard let id, let name, let country, let zone else { return nil }
        let jurisdictions = map.strings("holidays")
        var jurisdictionLocations: [String: SourceLocation] = [:]
        var holidayFiles: [String: String] = [:]
        for (code, node) in jurisdictions where jurisdictionLocations[code] == nil {
            jurisdictionLocations[code] = reader.location(of: node)
            if Partner.namesCalendarFile(code), let resolved = calendarFile(code, node: node, key: "holidays") {
                holidayFiles[code] = resolved
            }
        }
        return Partner(
            id: id, name: name, kind: kind, country: country, region: map.string("region"), timeZone: zone,
            holidayJurisdictions: jurisdictions.map(\.value), jurisdictionLocations: jurisdictionLocations,
            holidayFiles: holidayFiles,
            language: map.choice("language", as: Language.self) ?? .fr, coordinates: coordinates,
            office: map.localized("office"), location: map.location)
    }

    /// `after:` and `alongside:` name other events of the plan: an activity, or one occurrence `id/N`.
    private func checkEventReferences(_ activities: [Activity]) {
        let ids = activities.map(\.id)
        func check(_ reference: String, at location: SourceLocation) {
            let base = reference.split(separator: "/").first.map(String.init) ?? reference
            guard !ids.contains(base) else { return }
            reader.report(
                at: location, LocalizedText(fr: "événement inconnu « \(reference) »", en: "unknown event '\(reference)'"),
                hint: Suggestion.didYouMean(base, among: ids))
        }
        for activity in activities {
            guard let rules = activity.scheduling else { continue }
            for precedence in rules.after { check(precedence.eventID, at: precedence.location) }
            if let alongside = rules.alongside, case .event(let id, _) = alongside.companion { check(id, at: alongside.location) }
        }
        checkPrecedenceCycles(activities)
    }

    /// `a` after `b` after … after `a` can never hold: refuse it at the first edge of the cycle.
    private func checkPrecedenceCycles(_ activities: [Activity]) {
        var edges: [String: [(target: String, location: SourceLocation)]] = [:]
        for activity in activities {
            for precedence in activity.scheduling?.after ?? [] {
                let target = precedence.eventID.split(separator: "/").first.map(String.init) ?? precedence.eventID
                edges[activity.id, default: []].append((target, precedence.location))
            }
        }
        var state: [String: Int] = [:]
        var path: [String] = []
        func visit(_ node: String) -> Bool {
            state[node] = 1
            path.append(node)
            for edge in edges[node] ?? [] {
                if state[edge.target] == 1 {
                    let cycle = path[path.firstIndex(of: edge.target)!...] + [edge.target]
                    reader.report(
                        at: edge.location,
                        LocalizedText(
                            fr: "les contraintes « after » forment un cycle : \(cycle.joined(separator: " → "))",
                            en: "the 'after' constraints form a cycle: \(cycle.joined(separator: " → "))"),
                        hint: LocalizedText(
                            fr: "retirez l'une des contraintes « after » du cycle", en: "remove one of the 'after' constraints of the cycle"
                        ))
                    return false
                }
                if state[edge.target] == nil, !visit(edge.target) { return false }
            }
            state[node] = 2
            path.removeLast()
            return true
        }
        for activity in activities where state[activity.id] == nil {
            if !visit(activity.id) { return }
        }
    }

    /// Keeps the first of several items sharing an id and reports the others.
    private func unique<T>(_ items: [T], what: String, location: KeyPath<T, SourceLocation>) -> [T] where T: Identifiable, T.ID == String {
        var seen: [String: SourceLocation] = [:]
        return items.filter { item in
            if let first = seen[item.id] {
                reader.report(
                    at: item[keyPath: location],
                    LocalizedText(
                        fr: "l'identifiant « \(item.id) » est déjà utilisé (ligne \(first.line))",
                        en: "id '\(item.id)' is already used (line \(first.line))"),
                    hint: LocalizedText(
                        fr: "donnez un identifiant unique à chaque \(KnownIDs.frenchName(what))",
                        en: "give each \(what) a unique id"))
                return false
            }
            seen[item.id] = item[keyPath: location]
            return true
        }
    }

    /// Reports a reference to an id that the plan does not define, with the nearest one.
    func reference(_ value: String, node: Node, among ids: [String], what: String) -> Bool {
        if ids.contains(value) { return true }
        reader.report(
            node, LocalizedText(fr: "\(KnownIDs.frenchName(what)) inconnu(e) « \(value) »", en: "unknown \(what) '\(value)'"),
            hint: Suggestion.didYouMean(value, among: ids))
        return false
    }

    func references(_ map: MappingReader, _ key: String, among ids: [String], what: String) -> [String] {
        map.strings(key).compactMap { reference($0.value, node: $0.node, among: ids, what: what) ? $0.value : nil }
    }

    private func readPerson(_ node: Node, known: KnownIDs) -> Person? {
        guard let map = reader.mapping(node, context: "people", keys: PlanLoader.personKeys) else { return nil }
        let id = readID(map)
        let name = map.string("name", required: true)
        let partner = map.require("partner").flatMap { node in
            reader.string(node, context: "partner").flatMap { reference($0, node: node, among: known.partners, what: "partner") ? $0 : nil }
        }
        guard let id, let name, let partner else { return nil }
        return Person(
            id: id, name: name, role: map.localized("role"), partnerID: partner,
            email: map.string("email"), phone: map.string("phone"), elected: map.bool("elected") ?? false,
            busyCalendar: busyCalendar(map), location: map.location)
    }

    /// `busy:`, which must name a readable regular file (relative to the plan's folder).
    private func busyCalendar(_ map: MappingReader) -> String? {
        guard let path = map.string("busy"), let node = map.node("busy") else { return nil }
        return calendarFile(path, node: node, key: "busy") == nil ? nil : path
    }

    /// An `.ics` file named under `key` (`busy:`, or an entry of `holidays:`), which must be a
    /// regular file; its path relative to the plan's folder as the plan was named, so that
    /// messages show no machine-specific path; nil, with the mistake reported, when it is not.
    private func calendarFile(_ path: String, node: Node, key: String) -> String? {
        let folder = reader.file.parentPath
        let resolved = path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        let remove =
            key == "busy"
            ? LocalizedText(fr: "retirez « busy: »", en: "remove 'busy:'")
            : LocalizedText(fr: "retirez-le de « holidays: »", en: "remove it from 'holidays:'")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            reader.report(
                node,
                LocalizedText(
                    fr: "le calendrier « \(path) » est introuvable (cherché : \(resolved))",
                    en: "calendar '\(path)' does not exist (looked for \(resolved))"),
                hint: LocalizedText(
                    fr: "donnez le chemin d'un fichier .ics, relatif au dossier du plan, ou ",
                    en: "give the path of an .ics file, relative to the plan's folder, or "
                ).appending(remove))
            return nil
        }
        var status = stat()
        guard !isDirectory.boolValue, stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            reader.report(
                node, LocalizedText(fr: "« \(path) » n'est pas un fichier ordinaire", en: "'\(path)' is not a regular file"),
                hint: LocalizedText(fr: "donnez le chemin d'un fichier .ics exporté", en: "give the path of an exported .ics file"))
            return nil
        }
        return resolved
    }

    private func readBlackout(_ node: Node, known: KnownIDs) -> PlanBlackout? {
        guard let map = reader.mapping(node, context: "blackouts", keys: PlanLoader.blackoutKeys) else { return nil }
        let id = readID(map)
        let title = map.localized("title", required: true)
        var days: DateRange?
        if let date = map.date("date") {
            days = DateRange(first: date, last: date)
        } else if let range = map.mapping("dates", keys: ["from", "to"], required: true) {
            days = readRange(range, context: "dates")
        }
        let partners = references(map, "partners", among: known.partners, what: "partner")
        let people = references(map, "people", among: known.people, what: "person")
        guard let id, let title, let days else { return nil }
        return PlanBlackout(id: id, title: title, days: days, partnerIDs: partners, personIDs: people, location: map.location)
    }

    private func readDomain(_ node: Node) -> Domain? {
        guard let map = reader.mapping(node, context: "domains", keys: PlanLoader.domainKeys) else { return nil }
        guard let id = readID(map), let name = map.localized("name", required: true) else { return nil }
        return Domain(id: id, name: name, location: map.location)
    }

    private func readTie(_ node: Node, known: KnownIDs, people: [Person]) -> Tie? {
        guard let map = reader.mapping(node, context: "ties", keys: PlanLoader.tieKeys) else { return nil }
        let id = readID(map)
        let kind = map.choice("kind", as: Tie.Kind.self, required: true)
        let period = map.mapping("period", keys: ["from", "to"]).flatMap { readRange($0, context: "period") }
        var milestones: Tie.Milestones?
        if let anniversaries = map.mapping("anniversaries", keys: ["every", "from"]) {
            let every = anniversaries.int("every", range: 1...100, required: true)
            let from = anniversaries.int("from", range: 1...500) ?? every
            if let every, let from { milestones = .init(every: every, from: from) }
        }
        let signed = map.date("signed")
        let year = map.int("year", range: 1000...9999)
        if milestones != nil, signed == nil {
            reader.report(
                map.node,
                LocalizedText(
                    fr: "les anniversaires demandent la date de signature « signed »",
                    en: "anniversaries need the signing date 'signed'"),
                hint: LocalizedText(fr: "ajoutez « signed: AAAA-MM-JJ »", en: "add 'signed: YYYY-MM-DD'"))
        }
        guard let id, let kind else { return nil }
        return Tie(
            id: id, kind: kind, title: map.localized("title"),
            partnerIDs: references(map, "partners", among: known.partners, what: "partner"),
            signed: signed, year: year, place: map.string("place"), period: period,
            domainIDs: references(map, "domains", among: known.domains, what: "domain"),
            milestones: milestones,
            signatories: map.list("signatories").compactMap { readSignatory($0, known: known, people: people) },
            renews: map.string("renews"), location: map.location)
    }
}
