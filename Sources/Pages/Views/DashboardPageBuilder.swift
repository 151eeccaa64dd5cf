import CivilTime
import Mobility
import PlanFormat
import Scheduling

/// Builds the coordinators' dashboard from a planning result and the mobility schedule.
struct DashboardPageBuilder {
    let result: PlanningResult
    let mobility: MobilitySchedule
    let today: CivilDate
    let words: PageWords
    let style: LinkStyle
    let students: StudentsPageBuilder

    /// Coming deadlines shown.
    static let deadlineCount = 12

    func page(chrome: PageChrome) -> DashboardPage {
        let t = words.t
        let plans = result.schedule.plans
        let conflicts = result.conflicts.map {
            DashboardPage.Conflict(location: $0.location.description, message: words.text($0.message), colon: words.colon)
        }
        let suggestions = result.suggestions.map { words.text($0.message) }
        let warnings = (result.allWarnings + mobility.warnings).map(words.text)
        var statusLine = t("État de la planification", "Planning status") + words.colon + " " + words.status(result.status)
        if result.objective > 0 { statusLine += t(" (coût des préférences : \(result.objective))", " (preference cost: \(result.objective))") }
        statusLine += "."
        let violations = result.violations.count
        let balances = self.balances()
        let deadlines = self.deadlines()
        return DashboardPage(
            chrome: chrome,
            heading: t("Tableau de bord des coordonnateurs", "Coordinators' dashboard"),
            asOf: t("Situation au \(words.date(today)) : les activités terminées avant cette date sont comptées comme réalisées.",
                    "As of \(words.date(today)): activities that ended before that day count as held."),
            tocLabel: t("Sections", "Sections"),
            toc: [
                .init(anchor: "protocoles", label: t("Protocoles et domaines", "Protocols and domains")),
                .init(anchor: "echeances", label: t("Échéances à venir", "Coming deadlines")),
                .init(anchor: "planification", label: t("Conflits et suggestions", "Conflicts and suggestions")),
                .init(anchor: "mobilite", label: t("Équilibre des mobilités", "Mobility balance")),
                .init(anchor: "rapports", label: t("Rapports annuels", "Annual reports")),
            ],
            protocolsHeading: t("Protocoles et domaines", "Protocols and domains"),
            protocols: plans.map(protocolView),
            deadlinesHeading: t("Échéances à venir", "Coming deadlines"),
            deadlines: deadlines, hasDeadlines: !deadlines.isEmpty,
            noDeadlines: t("Aucune échéance à venir.", "No coming deadline."),
            planningHeading: t("Conflits et suggestions du planificateur", "The planner's conflicts and suggestions"),
            statusLine: statusLine,
            violationsLine: violations == 0 ? nil
                : t("\(violations) préférence\(violations > 1 ? "s" : "") non respectée\(violations > 1 ? "s" : "") (voir « jumelage plan --explain »).",
                    "\(violations) preference\(violations > 1 ? "s" : "") not met (see 'jumelage plan --explain')."),
            conflictsHeading: t("Conflits", "Conflicts"),
            conflicts: conflicts, hasConflicts: !conflicts.isEmpty,
            noConflicts: t("Aucun conflit : toutes les contraintes tiennent ensemble.", "No conflict: every constraint holds."),
            suggestionsHeading: t("Suggestions", "Suggestions"),
            suggestions: suggestions, hasSuggestions: !suggestions.isEmpty,
            noSuggestions: t("Aucune suggestion.", "No suggestion."),
            warningsHeading: t("Avertissements", "Warnings"),
            warnings: warnings, hasWarnings: !warnings.isEmpty,
            balanceHeading: t("Équilibre des mobilités", "Mobility balance"),
            balances: balances,
            noBalance: t("Aucun programme de mobilité dans les plans.", "No mobility programme in the plans."),
            reportsHeading: t("Rapports annuels", "Annual reports"),
            reports: plans.map(reportGroup))
    }

    private func protocolView(_ plan: Plan) -> DashboardPage.ProtocolSection {
        let t = words.t
        let events = result.schedule.events(of: plan)
        let statuses = events.map { ActivityStatus($0, today: today) }
        var summary = t("\(events.count) activités", "\(events.count) activities") + words.colon + " " + counts(statuses) + "."
        for tie in plan.ties where tie.kind == .protocol {
            var parts: [String] = []
            if let signed = tie.signed { parts.append(t("signé le \(words.date(signed))", "signed on \(words.date(signed))")) }
            if let period = tie.period { parts.append(t("en vigueur \(words.span(period.first, period.last))", "in force \(words.span(period.first, period.last))")) }
            guard !parts.isEmpty else { continue }
            let name = tie.title.map(words.text)
                ?? tie.period.map { t("Protocole \($0.first.year)-\($0.last.year)", "Protocol \($0.first.year)-\($0.last.year)") } ?? tie.id
            summary += " " + name + words.colon + " " + parts.joined(separator: ", ") + "."
        }
        var domains: [(name: String, events: [ScheduledEvent])] = plan.domains.map { domain in
            (words.text(domain.name), events.filter { $0.domainIDs.contains(domain.id) })
        }
        let others = events.filter { $0.domainIDs.isEmpty }
        if !others.isEmpty { domains.append((t("Sans domaine", "No domain"), others)) }
        return DashboardPage.ProtocolSection(
            anchor: "plan-\(plan.id)", title: words.text(plan.title), summary: summary,
            domains: domains.map { domain in
                let statuses = domain.events.map { ActivityStatus($0, today: today) }
                return DashboardPage.Domain(
                    name: domain.name, counts: counts(statuses), hasActivities: !domain.events.isEmpty,
                    activities: zip(domain.events, statuses).map { event, status in
                        DashboardPage.Activity(dates: words.span(event.timing.firstDate, event.timing.lastDate),
                                               title: words.text(event.title), kind: words.activityKind(event.kind),
                                               status: status.label(words, provisional: event.provisional), statusClass: status.cssClass)
                    },
                    dateHeader: t("Dates", "Dates"), activityHeader: t("Activité", "Activity"), statusHeader: t("État", "Status"))
            })
    }

    /// « 2 réalisées, 1 en cours, 5 prévues ».
    private func counts(_ statuses: [ActivityStatus]) -> String {
        let held = statuses.filter { $0 == .held }.count
        let ongoing = statuses.filter { $0 == .ongoing }.count
        let planned = statuses.filter { $0 == .planned }.count
        return words.french
            ? "\(held) réalisée\(held > 1 ? "s" : ""), \(ongoing) en cours, \(planned) prévue\(planned > 1 ? "s" : "")"
            : "\(held) held, \(ongoing) under way, \(planned) planned"
    }

    private func deadlines() -> [DeadlineItem] {
        var items: [(day: CivilDate, label: String, estimated: Bool, source: String)] = []
        for plan in result.schedule.plans {
            for event in result.schedule.events(of: plan) where event.kind == .deadline && event.timing.lastDate >= today {
                items.append((event.timing.firstDate, words.text(event.title), event.provisional, words.text(plan.title)))
            }
        }
        for entry in mobility.programmes {
            for direction in entry.programme.directions {
                let windows = mobility.windows(programme: entry.programme.id, direction: direction)
                let source = words.text(entry.programme.title) + ", " + words.partner(direction.fromID, in: entry.plan)
                    + " → " + words.partner(direction.toID, in: entry.plan)
                for item in students.deadlines(of: windows, plan: entry.plan) where item.day >= today {
                    items.append((item.day, item.label, item.estimated, source))
                }
            }
        }
        return items.sorted { ($0.day, $0.label) < ($1.day, $1.label) }.prefix(Self.deadlineCount).map {
            DeadlineItem(day: $0.day, label: $0.label, estimated: $0.estimated, today: today, words: words, source: $0.source)
        }
    }

    private func balances() -> [DashboardPage.Balance] {
        let t = words.t
        return mobility.programmes.compactMap { entry in
            let balances = mobility.balances.filter { $0.programmeID == entry.programme.id }
            guard !balances.isEmpty else { return nil }
            var rows: [DashboardPage.BalanceRow] = []
            for balance in balances {
                for (index, row) in balance.rows.enumerated() {
                    var planned = "\(row.planned)"
                    if !row.overQuota.isEmpty {
                        planned += t(" (dépasse le quota : ", " (over quota: ")
                            + row.overQuota.map { words.text($0.name) }.joined(separator: ", ") + ")"
                    }
                    if !row.hasPlan { planned += t(" (rien de prévu)", " (nothing planned)") }
                    if row.people != row.planned {
                        planned += t(" (\(row.people) compté\(row.people > 1 ? "s" : "") dans l'équilibre)", " (\(row.people) counted in the balance)")
                    }
                    rows.append(DashboardPage.BalanceRow(
                        year: balance.year,
                        direction: words.partner(row.fromID, in: entry.plan) + " → " + words.partner(row.toID, in: entry.plan),
                        planned: planned, quota: "\(row.quota)",
                        gap: index == 0 ? "\(balance.imbalance)" : "",
                        balanced: index == 0 ? (balance.balanced ? t("oui", "yes") : t("non", "no")) : "",
                        balancedClass: index == 0 ? (balance.balanced ? "ok" : "warn") : ""))
                }
            }
            // A programme that aims at balance says so, and what it counts: people, per direction and year.
            let caption = entry.programme.balance == nil
                ? t(" : participants prévus et quotas par année", ": planned participants and quotas per year")
                : t(" : personnes prévues par direction et par année, équilibre visé", ": people planned per direction and year, balance aimed at")
            return DashboardPage.Balance(
                caption: words.text(entry.programme.title) + caption.replacingOccurrences(of: " :", with: words.colon),
                rows: rows, yearHeader: t("Année", "Year"), directionHeader: t("Direction", "Direction"),
                plannedHeader: t("Prévus", "Planned"), quotaHeader: t("Quota", "Quota"),
                gapHeader: t("Écart entre directions", "Gap between directions"),
                balancedHeader: t("Équilibré (écart ≤ \(entry.programme.balanceTolerance))", "Balanced (gap ≤ \(entry.programme.balanceTolerance))"))
        }
    }

    private func reportGroup(_ plan: Plan) -> DashboardPage.ReportGroup {
        let years = PageRenderer.reportYears(of: plan)
        return DashboardPage.ReportGroup(
            title: words.text(plan.title),
            links: years.map { year in
                DashboardPage.ReportLink(
                    year: "\(year)",
                    html: PageName.reportLink(planID: plan.id, year: year, language: words.language, format: .html, style: style),
                    markdown: PageName.reportLink(planID: plan.id, year: year, language: words.language, format: .markdown, style: style),
                    htmlLabel: words.t("rapport \(year) (page web)", "\(year) report (web page)"),
                    markdownLabel: words.t("rapport \(year) (Markdown)", "\(year) report (Markdown)"),
                    colon: words.colon)
            })
    }
}
