import CivilTime
import Registry
import Mobility
import PlanModel
import Scheduling

/// Builds the coordinators' dashboard from a planning result and the mobility schedule.
struct DashboardPageBuilder {
    let result: PlanningResult
    let mobility: MobilitySchedule
    let today: CivilDate
    let words: PageWords
    let style: LinkStyle
    let students: StudentsPageBuilder
    let registry: RegistryPageBuilder

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
        if result.objective > 0 {
            statusLine += t(" (coût des préférences : \(result.objective))", " (preference cost: \(result.objective))")
        }
        statusLine += "."
        let violations = result.violations.count
        let balances = self.balances()
        let deadlines = self.deadlines()
        let bodies = plans.flatMap(bodyViews)
        let projects = plans.filter { !$0.projects.isEmpty }.map { plan in
            DashboardPage.ProjectGroup(
                title: words.text(plan.title),
                lines: plan.projects.map { ProjectSummary.line($0, plan: plan, words: words) })
        }
        let anniversaries = registry.anniversaryLines(), ending = registry.endingLines()
        return DashboardPage(
            chrome: chrome,
            heading: t("Tableau de bord des coordonnateurs", "Coordinators' dashboard"),
            asOf: t(
                "Situation au \(words.date(today)) : seules les activités notées réalisées dans les plans (« outcome ») sont comptées comme réalisées ; les autres activités passées sont à confirmer.",
                "As of \(words.date(today)): only activities recorded held in the plans ('outcome') count as held; other past activities are to confirm."
            ),
            tocLabel: t("Sections", "Sections"),
            toc: [
                .init(anchor: "protocoles", label: t("Protocoles et domaines", "Protocols and domains")),
                .init(anchor: "echeances", label: t("Échéances à venir", "Coming deadlines")),
                .init(anchor: "instances", label: t("Instances", "Bodies")),
                .init(anchor: "projets", label: t("Projets", "Projects")),
                .init(anchor: "registre", label: t("Registre des ententes", "Registry of agreements")),
                .init(anchor: "planification", label: t("Conflits et suggestions", "Conflicts and suggestions")),
                .init(anchor: "mobilite", label: t("Équilibre des mobilités", "Mobility balance")),
                .init(anchor: "rapports", label: t("Rapports annuels", "Annual reports")),
            ],
            protocolsHeading: t("Protocoles et domaines", "Protocols and domains"),
            protocols: plans.map(protocolView),
            deadlinesHeading: t("Échéances à venir", "Coming deadlines"),
            deadlines: deadlines.coming, hasDeadlines: !deadlines.coming.isEmpty,
            noDeadlines: t("Aucune échéance à venir.", "No coming deadline."),
            deadlinesLeftOut: deadlines.leftOut,
            pastDeadlinesHeading: t("Échéances passées à confirmer (respectée ou manquée)", "Past deadlines to confirm (met or missed)"),
            pastDeadlines: deadlines.toConfirm, hasPastDeadlines: !deadlines.toConfirm.isEmpty,
            bodiesHeading: t("Instances", "Bodies"),
            bodies: bodies, hasBodies: !bodies.isEmpty,
            noBodies: t("Aucune instance déclarée dans les plans (« bodies »).", "No body declared in the plans ('bodies')."),
            projectsHeading: t("Projets", "Projects"),
            projects: projects, hasProjects: !projects.isEmpty,
            noProjects: t("Aucun projet déclaré dans les plans (« projects »).", "No project declared in the plans ('projects')."),
            registryHeading: registry.heading,
            registrySummary: registry.summary(),
            registryHref: PageName.registry.link(words.language, style: style),
            registryLinkLabel: t("Voir le registre complet", "See the whole registry"),
            anniversariesHeading: registry.anniversariesHeading,
            anniversaries: anniversaries, hasAnniversaries: !anniversaries.isEmpty, noAnniversaries: registry.noAnniversaries,
            endingHeading: registry.endingHeading,
            ending: ending, hasEnding: !ending.isEmpty, noEnding: registry.noEnding,
            planningHeading: t("Conflits et suggestions du planificateur", "The planner's conflicts and suggestions"),
            statusLine: statusLine,
            violationsLine: violations == 0
                ? nil
                : t(
                    "\(violations) préférence\(violations > 1 ? "s" : "") non respectée\(violations > 1 ? "s" : "") (voir « jumelage plan --explain »).",
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
            if let period = tie.period {
                parts.append(t("en vigueur \(words.span(period.first, period.last))", "in force \(words.span(period.first, period.last))"))
            }
            guard !parts.isEmpty else { continue }
            let name = Registry.title(of: tie, in: plan, language: words.language)
            summary += " " + name + words.colon + " " + parts.joined(separator: ", ") + "."
        }
        if let offices = words.offices(of: plan) {
            summary += " " + t("Suivi", "Follow-up") + words.colon + " " + offices + "."
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
                        DashboardPage.Activity(
                            dates: words.span(event.timing.firstDate, event.timing.lastDate),
                            title: words.text(event.title), kind: words.activityKind(event.kind),
                            status: status.label(words, event: event), statusClass: status.cssClass)
                    },
                    dateHeader: t("Dates", "Dates"), activityHeader: t("Activité", "Activity"), statusHeader: t("État", "Status"))
            })
    }

    /// « 2 réalisées, 3 à confirmer, 5 prévues »: each state that occurs, in a fixed order.
    private func counts(_ statuses: [ActivityStatus]) -> String {
        let parts = ActivityStatus.allCases.compactMap { status -> String? in
            let count = statuses.filter { $0 == status }.count
            return count == 0 ? nil : status.counted(count, words)
        }
        return parts.isEmpty ? words.t("aucune", "none") : parts.joined(separator: ", ")
    }

    /// The first coming deadlines, a line saying how many are left out, and the plans' past
    /// deadlines that no outcome records as met or missed.
    private func deadlines() -> (coming: [DeadlineItem], leftOut: String, toConfirm: [DeadlineItem]) {
        var items: [(day: CivilDate, label: String, estimated: Bool, source: String)] = []
        var toConfirm: [DeadlineItem] = []
        for plan in result.schedule.plans {
            for event in result.schedule.events(of: plan) where event.kind == .deadline {
                let status = ActivityStatus(event, today: today)
                if event.timing.lastDate >= today, status != .cancelled {
                    let label = words.text(event.title) + (status == .postponed ? words.t(" (reportée)", " (postponed)") : "")
                    items.append((event.timing.firstDate, label, event.provisional, words.text(plan.title)))
                } else if status == .toConfirm {
                    toConfirm.append(
                        DeadlineItem(
                            day: event.timing.firstDate, label: words.text(event.title), estimated: false,
                            today: today, words: words, source: words.text(plan.title)))
                }
            }
        }
        for entry in mobility.programmes {
            for direction in entry.programme.directions {
                let windows = mobility.windows(programme: entry.programme.id, direction: direction)
                let source =
                    words.text(entry.programme.title) + ", " + words.partner(direction.fromID, in: entry.plan)
                    + " → " + words.partner(direction.toID, in: entry.plan)
                for item in students.deadlines(of: windows, plan: entry.plan) where item.day >= today {
                    items.append((item.day, item.label, item.estimated, source))
                }
            }
        }
        let sorted = items.sorted { ($0.day, $0.label) < ($1.day, $1.label) }
        let coming = sorted.prefix(Self.deadlineCount).map {
            DeadlineItem(day: $0.day, label: $0.label, estimated: $0.estimated, today: today, words: words, source: $0.source)
        }
        let rest = sorted.count - coming.count
        let leftOut =
            rest == 0
            ? words.t("Toutes les échéances à venir sont listées (\(sorted.count)).", "Every coming deadline is listed (\(sorted.count)).")
            : words.t(
                "\(rest) autre\(rest > 1 ? "s" : "") échéance\(rest > 1 ? "s" : "") à venir, jusqu'au \(words.date(sorted.last!.day)), n'\(rest > 1 ? "apparaissent" : "apparaît") pas ici.",
                "\(rest) more coming deadline\(rest > 1 ? "s" : ""), up to \(words.date(sorted.last!.day)), \(rest > 1 ? "are" : "is") not shown here."
            )
        return (coming, leftOut, toConfirm)
    }

    /// Each body of a plan: its seats per country, whether it is at parity, its members and its meetings.
    private func bodyViews(_ plan: Plan) -> [DashboardPage.Body] {
        let t = words.t
        let events = result.schedule.events(of: plan)
        return plan.bodies.map { body in
            let seats = body.seats(in: plan)
            var seatLine =
                seats.isEmpty
                ? t("Membres non renseignés.", "No member given.")
                : t("\(body.seatCount) siège\(body.seatCount > 1 ? "s" : "")", "\(body.seatCount) seat\(body.seatCount == 1 ? "" : "s")")
                    + words.colon + " " + seats.map { "\($0.country) \($0.seats)" }.joined(separator: ", ") + "."
            if let tie = body.tieID.flatMap(plan.tie) {
                seatLine +=
                    " " + t("Suit", "Follows") + words.colon + " " + Registry.title(of: tie, in: plan, language: words.language) + "."
            }
            var parity: String?, parityClass = ""
            if body.parity {
                if let issue = body.parityIssue(in: plan) {
                    parity = t("Dite paritaire, mais", "Said to be at parity, but") + words.colon + " " + words.text(issue.message) + "."
                    parityClass = "warn"
                } else {
                    parity = t("Paritaire.", "At parity.")
                    parityClass = "ok"
                }
            }
            let members = body.members.map { member -> String in
                switch member.seat {
                case .person(let id):
                    let person = plan.person(id)
                    return [
                        person?.name ?? id, member.role.map(words.text),
                        person.flatMap { plan.partner($0.partnerID) }.map { words.text($0.name) },
                    ]
                    .compactMap { $0 }.joined(separator: ", ")
                case .partner(let id):
                    return t("\(member.count) siège\(member.count > 1 ? "s" : "")", "\(member.count) seat\(member.count == 1 ? "" : "s")")
                        + " — " + (plan.partner(id).map { words.text($0.name) } ?? id)
                case .country(let code):
                    return t("\(member.count) siège\(member.count > 1 ? "s" : "")", "\(member.count) seat\(member.count == 1 ? "" : "s")")
                        + " — " + code
                }
            }
            let meetings = events.filter { $0.bodyID == body.id }
            var meetingLine = t("Réunions dans les plans", "Meetings in the plans") + words.colon + " "
            if meetings.isEmpty {
                meetingLine += t("aucune", "none")
            } else {
                meetingLine += "\(meetings.count) (" + counts(meetings.map { ActivityStatus($0, today: today) }) + ")"
                if let next = meetings.first(where: { $0.timing.firstDate >= today && ActivityStatus($0, today: today) != .cancelled }) {
                    meetingLine += t(" ; prochaine le ", "; next on ") + words.date(next.timing.firstDate)
                }
            }
            return DashboardPage.Body(
                name: words.text(body.name), plan: words.text(plan.title), seats: seatLine,
                parity: parity, parityClass: parityClass, members: members, hasMembers: !members.isEmpty,
                meetings: meetingLine + ".")
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
                        planned +=
                            t(" (dépasse le quota : ", " (over quota: ")
                            + row.overQuota.map { words.text($0.name) }.joined(separator: ", ") + ")"
                    }
                    if !row.hasPlan { planned += t(" (rien de prévu)", " (nothing planned)") }
                    if row.people != row.planned {
                        planned += t(
                            " (\(row.people) compté\(row.people > 1 ? "s" : "") dans l'équilibre)",
                            " (\(row.people) counted in the balance)")
                    }
                    rows.append(
                        DashboardPage.BalanceRow(
                            year: balance.year,
                            direction: words.partner(row.fromID, in: entry.plan) + " → " + words.partner(row.toID, in: entry.plan),
                            planned: planned, quota: "\(row.quota)",
                            gap: index == 0 ? "\(balance.imbalance)" : "",
                            balanced: index == 0 ? (balance.balanced ? t("oui", "yes") : t("non", "no")) : "",
                            balancedClass: index == 0 ? (balance.balanced ? "ok" : "warn") : ""))
                }
            }
            // A programme that aims at balance says so, and what it counts: people, per direction and year.
            let caption =
                entry.programme.balance == nil
                ? t(" : participants prévus et quotas par année", ": planned participants and quotas per year")
                : t(
                    " : personnes prévues par direction et par année, équilibre visé",
                    ": people planned per direction and year, balance aimed at")
            return DashboardPage.Balance(
                caption: words.text(entry.programme.title) + caption.replacingOccurrences(of: " :", with: words.colon),
                rows: rows, yearHeader: t("Année", "Year"), directionHeader: t("Direction", "Direction"),
                plannedHeader: t("Prévus", "Planned"), quotaHeader: t("Quota", "Quota"),
                gapHeader: t("Écart entre directions", "Gap between directions"),
                balancedHeader: t(
                    "Équilibré (écart ≤ \(entry.programme.balanceTolerance))", "Balanced (gap ≤ \(entry.programme.balanceTolerance))"))
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
