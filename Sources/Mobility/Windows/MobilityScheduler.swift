import Bilingual
import Foundation
import PlaceCalendars
import PlanFormat
import YAMLReading

/// Turns the mobility programmes of plans into exchange windows and a balance, reading the
/// universities' academic calendars (`calendars/academic/`).
public enum MobilityScheduler {
    /// The windows and balances of every programme; a `SourceError` (with the plan's
    /// `file:line:column`) when a programme names a calendar or a term the catalog lacks.
    public static func schedule(_ plans: [Plan], catalog: AcademicCatalog) throws -> MobilitySchedule {
        var issues: [SourceIssue] = []
        var entries: [MobilitySchedule.Entry] = []
        var windows: [ExchangeWindow] = []
        var balances: [MobilityBalance] = []
        var warnings: [LocalizedText] = []
        for plan in plans {
            for programme in plan.mobility {
                entries.append(.init(plan: plan, programme: programme))
                var calendars: [String: AcademicCalendar] = [:]
                for institution in programme.institutions {
                    guard let calendar = catalog.calendar(of: institution.calendarID) else {
                        issues.append(SourceIssue(institution.calendarLocation, LocalizedText(
                            fr: "aucun calendrier universitaire « \(institution.calendarID) » (calendars/academic/\(institution.calendarID).yaml)",
                            en: "no academic calendar '\(institution.calendarID)' (calendars/academic/\(institution.calendarID).yaml)"),
                            hint: Suggestion.didYouMean(institution.calendarID, among: catalog.institutions.map(\.id))))
                        continue
                    }
                    issues += unknownTerms(institution, in: calendar)
                    calendars[institution.partnerID] = calendar
                }
                for direction in programme.directions {
                    guard let home = programme.institution(direction.fromID), let host = programme.institution(direction.toID),
                          let homeCalendar = calendars[home.partnerID], let hostCalendar = calendars[host.partnerID] else { continue }
                    let finder = ExchangeWindowFinder(plan: plan, programme: programme, direction: direction, home: home,
                                                      host: host, homeCalendar: homeCalendar, hostCalendar: hostCalendar)
                    let years = self.years(of: programme, plan: plan, host: hostCalendar, warnings: &warnings)
                    windows += finder.windows(in: years).sorted { lhs, rhs in
                        (lhs.year, lhs.type, lhs.start, lhs.end) < (rhs.year, rhs.type, rhs.start, rhs.end)
                    }
                }
                let years = Set(windows.filter { $0.programmeID == programme.id }.map(\.year))
                balances += BalanceCalculator.balances(of: programme, plan: plan, years: years)
            }
        }
        guard issues.isEmpty else { throw SourceError(issues) }
        return MobilitySchedule(programmes: entries, windows: windows, balances: balances, warnings: warnings)
    }

    /// The academic calendars shipped in the binary, with those of `DIR/academic` added when
    /// `calendarsDirectory` names DIR; nil when no plan has a programme.
    public static func catalog(for plans: [Plan], calendarsDirectory: URL? = nil) throws -> AcademicCatalog? {
        guard plans.contains(where: { !$0.mobility.isEmpty }) else { return nil }
        return try CalendarLibrary.academic(overrides: calendarsDirectory)
    }

    /// Loads the catalog as `catalog(for:calendarsDirectory:)` does and schedules; empty when no
    /// plan has a programme.
    public static func schedule(_ plans: [Plan], calendarsDirectory: URL?) throws -> MobilitySchedule {
        guard let catalog = try catalog(for: plans, calendarsDirectory: calendarsDirectory) else { return .empty }
        return try schedule(plans, catalog: catalog)
    }

    /// The host years a programme covers: those it lists, else those overlapping its agreement.
    static func years(of programme: MobilityProgramme, plan: Plan, host: AcademicCalendar,
                      warnings: inout [LocalizedText]) -> [AcademicYear] {
        if !programme.years.isEmpty {
            var found: [AcademicYear] = []
            for name in programme.years {
                if let year = host.year(named: name) {
                    found.append(year)
                } else {
                    let warning = LocalizedText(
                        fr: "\(programme.id) : le calendrier de \(host.institution.id) n'a pas d'année \(name) ; pas de fenêtre pour cette année",
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
        let hint = LocalizedText(fr: "trimestres du calendrier \(calendar.institution.id) : \(known.sorted().joined(separator: ", "))",
                                 en: "terms of the \(calendar.institution.id) calendar: \(known.sorted().joined(separator: ", "))")
        var issues: [SourceIssue] = []
        for id in institution.exchangeTermIDs where !known.contains(id) {
            issues.append(SourceIssue(institution.location, LocalizedText(
                fr: "le trimestre \(id) n'existe pas dans le calendrier \(calendar.institution.id)",
                en: "term \(id) is not in the \(calendar.institution.id) calendar"), hint: hint))
        }
        for rule in institution.deadlines {
            for id in rule.termIDs where !known.contains(id) {
                issues.append(SourceIssue(rule.location, LocalizedText(
                    fr: "le trimestre \(id) n'existe pas dans le calendrier \(calendar.institution.id)",
                    en: "term \(id) is not in the \(calendar.institution.id) calendar"), hint: hint))
            }
        }
        return issues
    }
}
