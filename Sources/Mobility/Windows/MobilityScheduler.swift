import Bilingual
import CivilTime
import Foundation
import PlaceCalendars
import PlanModel
import YAMLReading

/// Turns the mobility programmes of plans into exchange windows and a balance: between
/// universities from their academic calendars (`calendars/academic/`), outside academia from
/// the programmes' own seasons.
public enum MobilityScheduler {
    /// The windows and balances of every programme; a `SourceError` (each mistake once, with the
    /// plan's `file:line:column`) when a programme names a calendar or a term the catalog lacks.
    /// Every command that reads plans runs this, so that `check` and `plan` refuse what
    /// `windows` and `pages` refuse.
    public static func schedule(_ plans: [Plan], catalog: AcademicCatalog) throws -> MobilitySchedule {
        var issues: [SourceIssue] = []
        var entries: [MobilitySchedule.Entry] = []
        var windows: [ExchangeWindow] = []
        var balances: [MobilityBalance] = []
        var warnings: [LocalizedText] = []
        for plan in plans {
            for programme in plan.mobility {
                entries.append(.init(plan: plan, programme: programme))
                if programme.followsAcademicCalendars {
                    windows += academicWindows(of: programme, plan: plan, catalog: catalog, issues: &issues, warnings: &warnings)
                } else {
                    windows += seasonWindows(of: programme, plan: plan, warnings: &warnings)
                }
                let years = Set(windows.filter { $0.programmeID == programme.id }.map(\.year))
                let programmeBalances = BalanceCalculator.balances(of: programme, plan: plan, years: years)
                balances += programmeBalances
                warnings += programmeBalances.compactMap { balanceWarning($0, programme: programme, plan: plan) }
            }
        }
        var seen: Set<SourceIssue> = []
        issues = issues.filter { seen.insert($0).inserted }
        guard issues.isEmpty else { throw SourceError(issues) }
        return MobilitySchedule(programmes: entries, windows: windows, balances: balances, warnings: warnings)
    }

    /// The academic calendars shipped in the binary, with those of `DIR/academic` added when
    /// `calendarsDirectory` names DIR; nil when no plan has a programme between universities.
    public static func catalog(for plans: [Plan], calendarsDirectory: URL? = nil) throws -> AcademicCatalog? {
        guard plans.contains(where: { $0.mobility.contains(where: \.followsAcademicCalendars) }) else { return nil }
        return try CalendarLibrary.academic(overrides: calendarsDirectory)
    }

    /// Loads the catalog as `catalog(for:calendarsDirectory:)` does and schedules; empty when no
    /// plan has a programme.
    public static func schedule(_ plans: [Plan], calendarsDirectory: URL?) throws -> MobilitySchedule {
        guard plans.contains(where: { !$0.mobility.isEmpty }) else { return .empty }
        if let calendarsDirectory { try CalendarLibrary.checkOverrides(calendarsDirectory) }
        let catalog = try catalog(for: plans, calendarsDirectory: calendarsDirectory) ?? AcademicCatalog(sources: [])
        return try schedule(plans, catalog: catalog)
    }

    // MARK: - Between universities

    private static func academicWindows(
        of programme: MobilityProgramme, plan: Plan, catalog: AcademicCatalog,
        issues: inout [SourceIssue], warnings: inout [LocalizedText]
    ) -> [ExchangeWindow] {
        var calendars: [String: AcademicCalendar] = [:]
        for institution in programme.institutions {
            guard let id = institution.calendarID else { continue }
            guard let calendar = catalog.calendar(of: id) else {
                issues.append(missingCalendar(institution, id: id, catalog: catalog))
                continue
            }
            issues += unknownTerms(institution, in: calendar)
            calendars[institution.partnerID] = calendar
        }
        var windows: [ExchangeWindow] = []
        for direction in programme.directions {
            guard let home = programme.institution(direction.fromID), let host = programme.institution(direction.toID),
                let homeCalendar = calendars[home.partnerID], let hostCalendar = calendars[host.partnerID]
            else { continue }
            let finder = ExchangeWindowFinder(
                plan: plan, programme: programme, direction: direction, home: home,
                host: host, homeCalendar: homeCalendar, hostCalendar: hostCalendar)
            let years = self.years(of: programme, plan: plan, host: hostCalendar, warnings: &warnings)
            windows += finder.windows(in: years).sorted { lhs, rhs in
                (lhs.year, lhs.type, lhs.start, lhs.end) < (rhs.year, rhs.type, rhs.start, rhs.end)
            }
        }
        return windows
    }

    /// An institution whose academic calendar no file defines, at the `calendar:` that names it
    /// (or at the institution, when its partner id stood for it).
    static func missingCalendar(_ institution: MobilityInstitution, id: String, catalog: AcademicCatalog) -> SourceIssue {
        let written = institution.calendarLocation != institution.location
        var hint = Suggestion.didYouMean(id, among: catalog.institutions.map(\.id))
        if !written {
            hint = hint.appending(
                LocalizedText(
                    fr:
                        " ; pour un programme hors université (jeunes, personnel), nommez ses séjours : « types: [youth-internship, youth-exchange, staff-exchange] »",
                    en:
                        "; for a programme outside academia (youth, staff), name its stays: 'types: [youth-internship, youth-exchange, staff-exchange]'"
                ))
        }
        return SourceIssue(
            institution.calendarLocation,
            LocalizedText(
                fr: "aucun calendrier universitaire « \(id) » (calendars/academic/\(id).yaml)",
                en: "no academic calendar '\(id)' (calendars/academic/\(id).yaml)"), hint: hint)
    }

    /// The host years a programme covers: those it lists, else those overlapping its agreement.
    static func years(
        of programme: MobilityProgramme, plan: Plan, host: AcademicCalendar,
        warnings: inout [LocalizedText]
    ) -> [AcademicYear] {
        if !programme.years.isEmpty {
            var found: [AcademicYear] = []
            for name in programme.years {
                if let year = host.year(named: name) {
                    found.append(year)
                } else {
                    let warning = LocalizedText(
                        fr:
                            "\(programme.id) : le calendrier de \(host.institution.id) n'a pas d'année \(name) ; pas de fenêtre pour cette année",
                        en: "\(programme.id): the \(host.institution.id) calendar has no year \(name); no window for that year")
                    if !warnings.contains(warning) { warnings.append(warning) }
                }
            }
            return found
        }
        guard let period = programme.agreementID.flatMap(plan.tie)?.period else { return host.years }
        return host.years.filter { $0.firstDay <= period.last && period.first <= $0.lastDay }
    }

    /// Exchange terms and deadline terms that no year of the calendar has.
    static func unknownTerms(_ institution: MobilityInstitution, in calendar: AcademicCalendar) -> [SourceIssue] {
        let known = Set(calendar.years.flatMap { $0.terms.map(\.id) })
        let hint = LocalizedText(
            fr: "trimestres du calendrier \(calendar.institution.id) : \(known.sorted().joined(separator: ", "))",
            en: "terms of the \(calendar.institution.id) calendar: \(known.sorted().joined(separator: ", "))")
        var issues: [SourceIssue] = []
        for id in institution.exchangeTermIDs where !known.contains(id) {
            issues.append(
                SourceIssue(
                    institution.location,
                    LocalizedText(
                        fr: "le trimestre \(id) n'existe pas dans le calendrier \(calendar.institution.id)",
                        en: "term \(id) is not in the \(calendar.institution.id) calendar"), hint: hint))
        }
        for rule in institution.deadlines {
            for id in rule.termIDs where !known.contains(id) {
                issues.append(
                    SourceIssue(
                        rule.location,
                        LocalizedText(
                            fr: "le trimestre \(id) n'existe pas dans le calendrier \(calendar.institution.id)",
                            en: "term \(id) is not in the \(calendar.institution.id) calendar"), hint: hint))
            }
        }
        return issues
    }

    // MARK: - Outside academia

    private static func seasonWindows(of programme: MobilityProgramme, plan: Plan, warnings: inout [LocalizedText]) -> [ExchangeWindow] {
        let (years, bounds) = calendarYears(of: programme, plan: plan, warnings: &warnings)
        return programme.directions.flatMap { direction in
            SeasonWindowFinder(plan: plan, programme: programme, direction: direction).windows(in: years, bounds: bounds)
                .sorted { ($0.year, $0.type, $0.start, $0.end) < ($1.year, $1.type, $1.start, $1.end) }
        }
    }

    /// The calendar years of a programme outside academia and the days its windows may cover:
    /// the years it lists, within the plan's horizon; else the years of the horizon that its
    /// agreement's period overlaps, within that period. A period outside the horizon gives no
    /// window, and a warning that says how to list the years.
    static func calendarYears(
        of programme: MobilityProgramme, plan: Plan, warnings: inout [LocalizedText]
    ) -> (years: [Int], bounds: DateRange) {
        if !programme.years.isEmpty {
            let years = programme.years.compactMap { Int($0) }.sorted()
            for year in years where !(plan.horizon.first.year...plan.horizon.last.year).contains(year) {
                warnings.append(
                    LocalizedText(
                        fr:
                            "\(programme.id) : l'année \(year) est hors de l'horizon du plan (\(plan.horizon.first) – \(plan.horizon.last)) ; pas de fenêtre pour cette année",
                        en:
                            "\(programme.id): year \(year) is outside the plan's horizon (\(plan.horizon.first) – \(plan.horizon.last)); no window for that year"
                    ))
            }
            return (years, plan.horizon)
        }
        var bounds = plan.horizon
        if let tie = programme.agreementID.flatMap(plan.tie), let period = tie.period {
            guard period.overlaps(plan.horizon) else {
                warnings.append(
                    LocalizedText(
                        fr:
                            "\(programme.id) : l'entente « \(tie.id) » couvre \(period.first) – \(period.last), hors de l'horizon du plan (\(plan.horizon.first) – \(plan.horizon.last)) ; pas de fenêtre : donnez les années du programme dans « years: »",
                        en:
                            "\(programme.id): agreement '\(tie.id)' covers \(period.first) – \(period.last), outside the plan's horizon (\(plan.horizon.first) – \(plan.horizon.last)); no window: list the programme's years in 'years:'"
                    ))
                return ([], bounds)
            }
            bounds = DateRange(first: max(period.first, bounds.first), last: min(period.last, bounds.last))
        }
        return (Array(bounds.first.year...bounds.last.year), bounds)
    }

    // MARK: - Balance

    /// « Mobilité des jeunes, 2025 : Région A → Région B 14 personnes, Région B → Région A 9
    /// personnes ; l'écart de 5 dépasse les 2 que tolère l'équilibre visé »: for a programme that
    /// asks for balance (`balance:`) and a year that misses it; nil otherwise.
    static func balanceWarning(_ balance: MobilityBalance, programme: MobilityProgramme, plan: Plan) -> LocalizedText? {
        guard balance.asked, !balance.balanced else { return nil }
        func rows(_ language: Language) -> String {
            balance.rows.map { row in
                let from = plan.partner(row.fromID)?.name.text(in: language) ?? row.fromID
                let to = plan.partner(row.toID)?.name.text(in: language) ?? row.toID
                let people =
                    language == .fr
                    ? "\(row.people) personne\(row.people > 1 ? "s" : "")"
                    : "\(row.people) \(row.people == 1 ? "person" : "people")"
                return "\(from) → \(to) \(people)"
            }.joined(separator: ", ")
        }
        return LocalizedText(
            fr:
                "\(programme.title.fr), \(balance.year) : \(rows(.fr)) ; l'écart de \(balance.imbalance) dépasse les \(balance.tolerance) que tolère l'équilibre visé",
            en:
                "\(programme.title.en), \(balance.year): \(rows(.en)); the gap of \(balance.imbalance) exceeds the \(balance.tolerance) the balance aimed at tolerates"
        )
    }
}
