import CivilTime
import PlanModel
import Bilingual
import PlaceCalendars
import YAMLReading
import Yams

/// The `mobility:` section: exchange programmes between the plan's universities, and, outside
/// academia, youth programmes and staff exchanges with seasons of their own.
extension PlanDecoder {
    static let programmeKeys = [
        "id", "title", "agreement", "domains", "types", "ages", "years", "balance", "balanceTolerance",
        "lengths", "institutions", "periods", "directions",
    ]
    static let institutionKeys = ["partner", "calendar", "terms", "deadlines"]
    static let termDeadlineKeys = ["term", "terms", "types", "nomination", "application", "estimated"]
    static let directionKeys = ["from", "to", "types", "quotas", "languages", "permits", "planned", "periods"]
    static let languageKeys = ["language", "level", "types"]
    static let permitKeys = ["name", "types", "longerThan", "days", "estimated"]
    static var typeNames: [String] { MobilityType.allCases.map(\.rawValue) }

    /// Reads the `mobility:` list of the document, once the rest of the plan is known.
    func readMobility(in root: Node, plan: Plan) -> [MobilityProgramme] {
        guard case .mapping(let mapping) = root, let node = mapping["mobility"] else { return [] }
        let programmes = reader.sequence(node, context: "mobility").compactMap { readProgramme($0, plan: plan) }
        var seen: [String: SourceLocation] = [:]
        return programmes.filter { programme in
            if let first = seen[programme.id] {
                reader.report(
                    at: programme.location,
                    LocalizedText(
                        fr: "l'identifiant « \(programme.id) » est déjà utilisé (ligne \(first.line))",
                        en: "id '\(programme.id)' is already used (line \(first.line))"),
                    hint: LocalizedText(
                        fr: "donnez un identifiant unique à chaque programme de mobilité",
                        en: "give each mobility programme a unique id"))
                return false
            }
            seen[programme.id] = programme.location
            return true
        }
    }

    private func readProgramme(_ node: Node, plan: Plan) -> MobilityProgramme? {
        guard let map = reader.mapping(node, context: "mobility", keys: Self.programmeKeys) else { return nil }
        let id = map.require("id").flatMap { node in reader.string(node, context: "id").flatMap { checkedID($0, node: node) } }
        let title = map.localized("title", required: true)
        let agreement = references(map, "agreement", among: plan.ties.map(\.id), what: "tie").first
        let domains = references(map, "domains", among: plan.domains.map(\.id), what: "domain")
        let programmeTypes = readTypes(map)
        let academic = followsAcademicCalendars(map, programmeTypes: programmeTypes)
        let defaultTypes = programmeTypes ?? MobilityType.academic

        var institutions: [MobilityInstitution] = []
        let institutionNodes = map.list("institutions", required: true)
        for item in institutionNodes {
            guard let institution = readInstitution(item, plan: plan, academic: academic) else { continue }
            if institutions.contains(where: { $0.partnerID == institution.partnerID }) {
                reader.report(
                    at: institution.location,
                    LocalizedText(
                        fr: "l'établissement « \(institution.partnerID) » apparaît deux fois dans le programme",
                        en: "institution '\(institution.partnerID)' appears twice in the programme"),
                    hint: LocalizedText(fr: "gardez une seule entrée par établissement", en: "keep one entry per institution"))
                continue
            }
            institutions.append(institution)
        }
        if map.has("institutions"), institutionNodes.count == 1 {
            reader.report(
                at: map.location(of: "institutions"),
                LocalizedText(
                    fr: "un programme de mobilité relie au moins deux établissements",
                    en: "a mobility programme links at least two institutions"),
                hint: LocalizedText(
                    fr: "ajoutez l'établissement partenaire (« - partner: … »)",
                    en: "add the partner institution ('- partner: …')"))
        }

        let lengths = readLengths(map)
        let periods = readPeriods(map, academic: academic)
        var directions: [MobilityDirection] = []
        for item in map.list("directions", required: true) {
            guard
                let direction = readDirection(
                    item, institutions: institutions.map(\.partnerID), defaultTypes: defaultTypes,
                    academic: academic)
            else { continue }
            if directions.contains(where: { $0.fromID == direction.fromID && $0.toID == direction.toID }) {
                reader.report(
                    at: direction.location,
                    LocalizedText(
                        fr: "la direction \(direction.fromID) → \(direction.toID) apparaît deux fois",
                        en: "direction \(direction.fromID) → \(direction.toID) appears twice"),
                    hint: LocalizedText(fr: "gardez une seule entrée par direction", en: "keep one entry per direction"))
                continue
            }
            directions.append(direction)
        }
        checkPeriods(periods, offered: Array(Set(directions.flatMap(\.types))).sorted(), lengths: lengths)
        for direction in directions { checkPeriods(direction.periods, offered: direction.types, lengths: lengths) }

        let years = map.strings("years").compactMap {
            academic ? academicYear($0.value, node: $0.node) : calendarYear($0.value, node: $0.node)
        }
        let balance = readBalance(map)
        let tolerance = balance?.tolerance ?? map.int("balanceTolerance", range: 0...1000) ?? 1
        let ages = readAges(map)
        guard let id, let title else { return nil }
        return MobilityProgramme(
            id: id, title: title, agreementID: agreement, institutions: institutions,
            directions: directions, years: years, balanceTolerance: tolerance, location: map.location,
            balance: balance, periods: periods, lengths: lengths, ages: ages, domainIDs: domains)
    }

    /// Whether the programme's stays follow academic calendars, from the types it and its
    /// directions name (a direction without `types:` offers the programme's, else the university
    /// stays). A programme naming stays of both families is reported where the second family
    /// first appears, and read as one outside academia.
    private func followsAcademicCalendars(_ map: MappingReader, programmeTypes: [MobilityType]?) -> Bool {
        var named: [(types: [MobilityType], location: SourceLocation)] = []
        if let programmeTypes { named.append((programmeTypes, map.location(of: "types"))) }
        var someDirectionWithoutTypes = false
        if let node = map.node("directions"), case .sequence(let items) = node {
            for item in items {
                guard case .mapping(let direction) = item else { continue }
                guard let typesNode = direction["types"] else {
                    someDirectionWithoutTypes = true
                    continue
                }
                let names: [String]
                switch typesNode {
                case .scalar(let scalar): names = [scalar.string]
                case .sequence(let sequence): names = sequence.compactMap(\.string)
                default: names = []
                }
                named.append((names.compactMap(MobilityType.init(rawValue:)), reader.location(of: typesNode)))
            }
        }
        if someDirectionWithoutTypes, programmeTypes == nil { named.insert((MobilityType.academic, map.location), at: 0) }
        guard let first = named.first(where: { !$0.types.isEmpty }) else { return true }
        let firstAcademic = first.types[0].usesAcademicCalendar
        let all = named.flatMap(\.types)
        guard let odd = named.first(where: { $0.types.contains { $0.usesAcademicCalendar != firstAcademic } }) else { return firstAcademic }
        let university = all.first(where: \.usesAcademicCalendar)!, outside = all.first { !$0.usesAcademicCalendar }!
        reader.report(
            at: odd.location,
            LocalizedText(
                fr:
                    "ce programme mêle des séjours universitaires (\(university.rawValue)) et des séjours hors université (\(outside.rawValue))",
                en: "this programme mixes university stays (\(university.rawValue)) and stays outside academia (\(outside.rawValue))"),
            hint: LocalizedText(
                fr: "faites-en deux programmes ; une direction sans « types » offre ceux du programme, sinon les séjours universitaires",
                en: "make them two programmes; a direction without 'types' offers the programme's, else the university stays"))
        return false
    }

    /// A university with its academic calendar (the partner id when `calendar:` is not written),
    /// or, outside academia, a partner with none: there `calendar`, `terms` and `deadlines` are refused.
    private func readInstitution(_ node: Node, plan: Plan, academic: Bool) -> MobilityInstitution? {
        guard let map = reader.mapping(node, context: "institutions", keys: Self.institutionKeys) else { return nil }
        let partner = map.require("partner").flatMap { node in
            reader.string(node, context: "partner").flatMap {
                reference($0, node: node, among: plan.partners.map(\.id), what: "partner") ? $0 : nil
            }
        }
        guard academic else {
            for key in ["calendar", "terms", "deadlines"] where map.has(key) {
                reader.report(
                    at: map.location(of: key),
                    LocalizedText(
                        fr: "« \(key) » est propre aux universités : les séjours de ce programme ne suivent aucun calendrier universitaire",
                        en: "'\(key)' belongs to universities: the stays of this programme follow no academic calendar"),
                    hint: LocalizedText(
                        fr: "retirez « \(key) » et donnez les saisons du programme dans « periods: » (dates et dates limites)",
                        en: "remove '\(key)' and give the programme's seasons in 'periods:' (dates and deadlines)"))
            }
            guard let partner else { return nil }
            return MobilityInstitution(
                partnerID: partner, calendarID: nil, exchangeTermIDs: [], deadlines: [],
                location: map.location, calendarLocation: map.location)
        }
        var calendar = partner
        if let node = map.node("calendar"), let text = reader.string(node, context: "calendar") {
            let slug =
                !text.isEmpty && text.first != "-"
                && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            if slug {
                calendar = text
            } else {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "« \(text) » n'est pas un identifiant de calendrier universitaire",
                        en: "'\(text)' is not an academic calendar id"),
                    hint: LocalizedText(
                        fr: "écrivez le nom du fichier de calendars/academic sans « .yaml », par exemple unamur",
                        en: "write the name of the calendars/academic file without '.yaml', such as unamur"))
                calendar = nil
            }
        }
        let terms = map.strings("terms").compactMap { termID($0.value, node: $0.node) }
        let deadlines = map.list("deadlines").compactMap(readTermDeadlines)
        guard let partner, let calendar else { return nil }
        return MobilityInstitution(
            partnerID: partner, calendarID: calendar, exchangeTermIDs: terms, deadlines: deadlines,
            location: map.location, calendarLocation: map.has("calendar") ? map.location(of: "calendar") : map.location)
    }

    private func readTermDeadlines(_ node: Node) -> TermDeadlines? {
        guard let map = reader.mapping(node, context: "deadlines", keys: Self.termDeadlineKeys) else { return nil }
        var terms = map.strings("term") + map.strings("terms")
        if terms.isEmpty {
            _ = map.require("term")
            return nil
        }
        terms = terms.filter { termID($0.value, node: $0.node) != nil }
        let types = readTypes(map) ?? MobilityType.allCases.filter(\.followsTerms)
        let nomination = map.monthDay("nomination")
        let application = map.monthDay("application")
        if !map.has("nomination"), !map.has("application") {
            reader.report(
                map.node,
                LocalizedText(
                    fr: "une date limite demande « nomination » ou « application »",
                    en: "a deadline needs 'nomination' or 'application'"),
                hint: LocalizedText(fr: "ajoutez par exemple « nomination: --04-30 »", en: "add for example 'nomination: --04-30'"))
            return nil
        }
        guard !terms.isEmpty, nomination != nil || !map.has("nomination"), application != nil || !map.has("application") else { return nil }
        return TermDeadlines(
            termIDs: terms.map(\.value), types: types, nomination: nomination, application: application,
            estimated: map.bool("estimated") ?? false, location: map.location)
    }

    private func readDirection(_ node: Node, institutions: [String], defaultTypes: [MobilityType], academic: Bool) -> MobilityDirection? {
        guard let map = reader.mapping(node, context: "directions", keys: Self.directionKeys) else { return nil }
        func institution(_ key: String) -> String? {
            guard let node = map.require(key), let id = reader.string(node, context: key) else { return nil }
            guard institutions.contains(id) else {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "« \(id) » n'est pas un établissement de ce programme",
                        en: "'\(id)' is not an institution of this programme"),
                    hint: Suggestion.didYouMean(id, among: institutions))
                return nil
            }
            return id
        }
        let from = institution("from")
        let to = institution("to")
        if let from, from == to {
            reader.report(
                at: map.location(of: "to"),
                LocalizedText(
                    fr: "le départ et l'arrivée sont le même établissement (« \(from) »)",
                    en: "the direction starts and ends at the same institution ('\(from)')"),
                hint: LocalizedText(fr: "donnez l'établissement d'accueil dans « to »", en: "name the host institution in 'to'"))
            return nil
        }
        let types = readTypes(map) ?? defaultTypes
        let quotas =
            map.mapping("quotas", keys: Self.typeNames).map { quotaMap in
                readTypeCounts(quotaMap, offered: types) { type in
                    (
                        LocalizedText(
                            fr: "quota pour « \(type.rawValue) », que cette direction n'offre pas",
                            en: "quota for '\(type.rawValue)', which this direction does not offer"),
                        LocalizedText(fr: "ajoutez-le à « types » ou retirez ce quota", en: "add it to 'types' or remove the quota")
                    )
                }
            } ?? [:]
        let languages = map.list("languages").compactMap { readLanguage($0, offered: types) }
        let permits = map.list("permits").compactMap { readPermit($0, offered: types) }
        var planned: [PlannedMobility] = []
        for item in map.list("planned") {
            guard let entry = readPlanned(item, types: types, academic: academic) else { continue }
            if let first = planned.first(where: { $0.year == entry.year }) {
                reader.report(
                    at: entry.location,
                    LocalizedText(
                        fr: "l'année \(entry.year) est déjà prévue (ligne \(first.location.line))",
                        en: "year \(entry.year) is already planned (line \(first.location.line))"),
                    hint: LocalizedText(fr: "gardez une seule entrée par année", en: "keep one entry per year"))
                continue
            }
            planned.append(entry)
        }
        let periods = readPeriods(map, academic: academic)
        guard let from, let to else { return nil }
        return MobilityDirection(
            fromID: from, toID: to, types: types, quotas: quotas, languages: languages,
            permits: permits, planned: planned.sorted { $0.year < $1.year }, location: map.location,
            periods: periods)
    }

    /// A language requirement; without `types:`, for every stay the direction offers.
    private func readLanguage(_ node: Node, offered: [MobilityType]) -> LanguageRequirement? {
        guard let map = reader.mapping(node, context: "languages", keys: Self.languageKeys) else { return nil }
        var language: String?
        if let node = map.require("language"), let text = reader.string(node, context: "language") {
            if text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                language = text
            } else {
                reader.report(
                    node,
                    LocalizedText(
                        fr: "« \(text) » n'est pas un code de langue ISO 639-1",
                        en: "'\(text)' is not an ISO 639-1 language code"),
                    hint: LocalizedText(
                        fr: "écrivez deux lettres minuscules, comme fr ou en",
                        en: "write two lower-case letters, such as fr or en"))
            }
        }
        var level: String?
        if let node = map.require("level"), let text = reader.string(node, context: "level") {
            if LanguageRequirement.levels.contains(text.uppercased()) {
                level = text.uppercased()
            } else {
                reader.report(
                    node, LocalizedText(fr: "« \(text) » n'est pas un niveau du CECR", en: "'\(text)' is not a CEFR level"),
                    hint: Suggestion.didYouMean(text, among: LanguageRequirement.levels))
            }
        }
        let types = readTypes(map) ?? offered
        guard let language, let level else { return nil }
        return LanguageRequirement(language: language, level: level, types: types)
    }

    /// A visa or permit; without `types:`, for every stay the direction offers.
    private func readPermit(_ node: Node, offered: [MobilityType]) -> PermitRequirement? {
        guard let map = reader.mapping(node, context: "permits", keys: Self.permitKeys) else { return nil }
        let name = map.localized("name", required: true)
        let days = map.int("days", range: 0...730, required: true)
        let longer = map.int("longerThan", range: 0...3650)
        let types = readTypes(map) ?? offered
        guard let name, let days else { return nil }
        return PermitRequirement(
            name: name, types: types, longerThanDays: longer, leadDays: days,
            estimated: map.bool("estimated") ?? false, location: map.location)
    }

    /// A count (0 to 10,000) per mobility type of `map`, for the types the direction offers; a
    /// count for another type is reported with `refusal`'s message and hint, and left out.
    private func readTypeCounts(
        _ map: MappingReader, offered types: [MobilityType],
        refusal: (MobilityType) -> (message: LocalizedText, hint: LocalizedText)
    ) -> [MobilityType: Int] {
        var counts: [MobilityType: Int] = [:]
        for type in MobilityType.allCases {
            guard let count = map.int(type.rawValue, range: 0...10_000) else { continue }
            guard types.contains(type) else {
                let refused = refusal(type)
                reader.report(at: map.location(of: type.rawValue), refused.message, hint: refused.hint)
                continue
            }
            counts[type] = count
        }
        return counts
    }

    private func readPlanned(_ node: Node, types: [MobilityType], academic: Bool) -> PlannedMobility? {
        guard let map = reader.mapping(node, context: "planned", keys: ["year"] + Self.typeNames) else { return nil }
        let year = map.require("year").flatMap { node in
            reader.string(node, context: "year").flatMap { academic ? academicYear($0, node: node) : calendarYear($0, node: node) }
        }
        let counts = readTypeCounts(map, offered: types) { type in
            (
                LocalizedText(
                    fr: "participants prévus pour « \(type.rawValue) », que cette direction n'offre pas",
                    en: "participants planned for '\(type.rawValue)', which this direction does not offer"),
                LocalizedText(fr: "ajoutez-le à « types » de la direction", en: "add it to the direction's 'types'")
            )
        }
        guard let year else { return nil }
        return PlannedMobility(year: year, counts: counts, location: map.location)
    }

    // MARK: - Values

    /// `types: [student-semester, staff-teaching]`; nil when the key is absent.
    func readTypes(_ map: MappingReader) -> [MobilityType]? {
        guard map.has("types") else { return nil }
        var types: [MobilityType] = []
        for (text, node) in map.strings("types") {
            if let type = MobilityType(rawValue: text) {
                if !types.contains(type) { types.append(type) }
            } else {
                reader.report(
                    node, LocalizedText(fr: "type de mobilité inconnu « \(text) »", en: "unknown mobility type '\(text)'"),
                    hint: Suggestion.didYouMean(text, among: Self.typeNames))
            }
        }
        return types.sorted()
    }

    /// `--04-30` (29 February refused, as everywhere a day of the year is read); the hint of a
    /// mistake gives `example` when there is one.
    func monthDay(_ map: MappingReader, _ key: String, example: String? = nil) -> MonthDay? {
        guard let node = map.node(key), let text = reader.string(node, context: key) else { return nil }
        if let day = MonthDay(iso: text) { return day }
        guard let example, !MonthDay.isFebruary29(text) else { return reader.monthDay(node, context: key) }
        reader.report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas un jour de l'année valide pour « \(key) »",
                en: "'\(text)' is not a valid day of the year for '\(key)'"),
            hint: LocalizedText(fr: "écrivez --MM-JJ, par exemple \(example)", en: "write --MM-DD, for example \(example)"))
        return nil
    }

    /// `1/3`: term number and count, as Erasmus Without Paper writes them.
    private func termID(_ text: String, node: Node) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]), (1...count).contains(number), count <= 12 {
            return text
        }
        reader.report(
            node,
            LocalizedText(
                fr: "« \(text) » n'est pas un trimestre au format numéro/nombre",
                en: "'\(text)' is not a term written as number/count"),
            hint: LocalizedText(
                fr: "écrivez par exemple 1/3 (premier de trois trimestres) ou 2/2",
                en: "write for example 1/3 (first of three terms) or 2/2"))
        return nil
    }

    /// `2025/2026`: two consecutive calendar years.
    func academicYear(_ text: String, node: Node) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let first = Int(parts[0]), let second = Int(parts[1]),
            second == first + 1
        {
            return text
        }
        let guess = AcademicCalendar.canonicalYearName(text).flatMap { $0 == text ? nil : $0 }
        reader.report(
            node, LocalizedText(fr: "« \(text) » n'est pas une année universitaire", en: "'\(text)' is not an academic year"),
            hint: guess.map { LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean '\($0)'?") }
                ?? LocalizedText(
                    fr: "écrivez deux années consécutives, par exemple 2025/2026",
                    en: "write two consecutive years, for example 2025/2026"))
        return nil
    }
}
