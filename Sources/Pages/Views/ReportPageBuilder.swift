import CivilTime
import Mobility
import PlanModel
import Scheduling

/// Builds the annual report of one plan (protocol) and calendar year: indicators per domain
/// (activities, held, to confirm, missions, delegates, planned mobility), then each domain's
/// activities, mobility, projects and project indicators (realised against target).
/// A report is a public document: it counts and lists only what the plan's public feed shows
/// (public audience, not confidential); the rest is on the coordinators' dashboard.
struct ReportPageBuilder {
    let plan: Plan
    let year: Int
    let events: [ScheduledEvent]
    let mobility: MobilitySchedule
    let today: CivilDate
    let words: PageWords

    init(plan: Plan, year: Int, schedule: Schedule, mobility: MobilitySchedule, today: CivilDate, words: PageWords) {
        self.plan = plan
        self.year = year
        events = schedule.events(of: plan).filter { event in
            !event.confidential && event.audiences.contains(.public)
                && event.timing.firstDate.year <= year && year <= event.timing.lastDate.year
        }
        self.mobility = mobility
        self.today = today
        self.words = words
    }

    /// The academic year whose mobility the report counts: the one starting in the report's year.
    var academicYear: String { "\(year)/\(year + 1)" }

    /// The plan's programmes outside academia count the report's own year.
    var hasProgrammesOutsideAcademia: Bool { plan.mobility.contains { !$0.followsAcademicCalendars } }

    /// Between universities the academic year starting in the report's year (the default when
    /// the plan has no programme); outside academia the report's year; both when the plan has both.
    var mobilityYears: (names: [String], fr: String, en: String) {
        let academic = plan.mobility.isEmpty || plan.mobility.contains(where: \.followsAcademicCalendars)
        switch (academic, hasProgrammesOutsideAcademia) {
        case (true, false): return ([academicYear], "l'année universitaire \(academicYear)", "academic year \(academicYear)")
        case (false, _): return (["\(year)"], "l'année \(year)", "\(year)")
        case (true, true):
            return (
                [academicYear, "\(year)"], "l'année universitaire \(academicYear) et l'année \(year)",
                "academic year \(academicYear) and \(year)"
            )
        }
    }

    func page(chrome: PageChrome) -> ReportPage {
        let t = words.t
        var domains: [(id: String?, name: String, events: [ScheduledEvent])] = plan.domains.map { domain in
            (domain.id, words.text(domain.name), events.filter { $0.domainIDs.contains(domain.id) })
        }
        let others = events.filter { $0.domainIDs.isEmpty }
        if !others.isEmpty { domains.append((nil, t("Autres activités", "Other activities"), others)) }
        let counted = mobilityYears
        let columnYears = counted.names.joined(separator: ", ")
        return ReportPage(
            chrome: chrome,
            heading: t("Rapport annuel \(year) — \(words.text(plan.title))", "Annual report \(year) — \(words.text(plan.title))"),
            period: t(
                "Réalisations et indicateurs par domaine prioritaire, du 1er janvier au 31 décembre \(year).",
                "Achievements and indicators per priority domain, 1 January to 31 December \(year)."),
            asOf: t(
                "Situation au \(words.date(today)) : seules les activités notées réalisées dans le plan sont comptées comme réalisées, les autres activités passées sont à confirmer ; les mobilités sont celles prévues pour \(counted.fr).",
                "As of \(words.date(today)): only activities recorded held in the plan count as held, other past activities are to confirm; mobility counts the participants planned for \(counted.en)."
            ),
            followUp: words.offices(of: plan).map { t("Suivi", "Follow-up") + words.colon + " " + $0 + "." },
            indicatorsHeading: t("Indicateurs par domaine", "Indicators per domain"),
            columns: [
                t("Domaine", "Domain"), t("Activités", "Activities"), t("Réalisées", "Held"), t("À confirmer", "To confirm"),
                t("Missions", "Missions"), t("Personnes en délégation", "Delegation members"),
                t("Mobilités prévues \(columnYears)", "Planned mobility \(columnYears)"),
            ],
            indicators: domains.map { domain in
                let statuses = domain.events.map { ActivityStatus($0, today: today) }
                return ReportPage.Indicator(
                    domain: domain.name, activities: domain.events.count,
                    held: statuses.filter(\.isDone).count, toConfirm: statuses.filter { $0 == .toConfirm }.count,
                    missions: domain.events.filter { $0.kind == .mission }.count,
                    delegates: domain.events.filter { $0.kind == .mission }.map(delegation).reduce(0, +),
                    mobility: domain.id.map {
                        mobilityBalances(domain: $0, years: counted.names).flatMap(\.rows).map(\.planned).reduce(0, +)
                    } ?? 0)
            },
            domains: domains.map { domain in
                let mobility = domain.id.map { mobilityLines(domain: $0) } ?? []
                let targets = domain.id.map(targetRows) ?? []
                let projects = domain.id.map(projectLines) ?? []
                return ReportPage.Domain(
                    anchor: "domaine-\(domain.id ?? "autres")",
                    name: domain.name,
                    activities: domain.events.map(activity), hasActivities: !domain.events.isEmpty,
                    noActivities: t("Aucune activité en \(year).", "No activity in \(year)."),
                    mobilityHeading: hasProgrammesOutsideAcademia
                        ? t("Mobilité des personnes", "Mobility of people")
                        : t("Mobilité universitaire", "University mobility"),
                    mobility: mobility, hasMobility: !mobility.isEmpty,
                    projectsHeading: t("Projets", "Projects"), projects: projects, hasProjects: !projects.isEmpty,
                    targetsHeading: t(
                        "Indicateurs des projets : réalisé et cible \(year)", "Project indicators: realised and target \(year)"),
                    targetColumns: [t("Indicateur", "Indicator"), t("Projet", "Project"), t("Réalisé", "Realised"), t("Cible", "Target")],
                    targets: targets, hasTargets: !targets.isEmpty)
            })
    }

    /// The indicators of the plan's projects that report under `domain`, for the report's year.
    private func targetRows(domain: String) -> [ReportPage.TargetRow] {
        plan.projects.filter { project in project.period.map { $0.first.year <= year && year <= $0.last.year } ?? true }.flatMap {
            project in
            project.indicators.filter { $0.domainID == domain }.map { indicator in
                let realised = self.realised(indicator, of: project)
                let target = indicator.target(in: year)
                let reached = realised.flatMap { value in target.map { value >= $0 } }
                return ReportPage.TargetRow(
                    indicator: words.text(indicator.name), project: words.text(project.title),
                    realised: realised.map(String.init) ?? words.t("non renseigné", "not recorded"),
                    target: target.map(String.init) ?? "—",
                    state: reached.map { $0 ? words.t("atteinte", "reached") : words.t("non atteinte", "not reached") },
                    stateClass: reached.map { $0 ? "ok" : "warn" } ?? "")
            }
        }
    }

    /// What an indicator realised in the report's year: recorded, or the project's events recorded held (or met).
    func realised(_ indicator: Project.Indicator, of project: Project) -> Int? {
        switch indicator.measure {
        case .heldEvents?:
            return events.filter {
                $0.projectIDs.contains(project.id) && $0.timing.firstDate.year == year && ActivityStatus($0, today: today).isDone
            }.count
        case nil:
            return indicator.results[year]
        }
    }

    /// The plan's projects of `domain` whose period (if any) touches the report's year.
    private func projects(domain: String) -> [Project] {
        plan.projects.filter { project in
            project.domainIDs.contains(domain) && (project.period.map { $0.first.year <= year && year <= $0.last.year } ?? true)
        }
    }

    private func projectLines(domain: String) -> [String] {
        projects(domain: domain).map { ProjectSummary.line($0, plan: plan, words: words) }
    }

    private func delegation(_ event: ScheduledEvent) -> Int {
        event.delegationSize ?? event.travellerIDs.count
    }

    private func activity(_ event: ScheduledEvent) -> ReportPage.Activity {
        let status = ActivityStatus(event, today: today)
        let size = delegation(event)
        let place = event.place ?? event.hostID.flatMap { plan.partner($0)?.name.text(in: words.language) }
        return ReportPage.Activity(
            dates: words.span(event.timing.firstDate, event.timing.lastDate), datetime: event.timing.firstDate.description,
            title: words.text(event.title), kind: words.activityKind(event.kind),
            place: event.mode == .virtual ? words.t("en ligne", "online") : place,
            delegation: event.kind == .mission && size > 0 ? words.t("délégation de ", "delegation of ") + words.people(size) : nil,
            status: status.label(words, event: event), colon: words.colon)
    }

    /// The balances of the plan's programmes that serve `domain` (their own `domains:`, else their agreement's).
    private func mobilityBalances(domain: String, years: [String]) -> [MobilityBalance] {
        let programmes = plan.mobility.filter { programme in
            programme.domainIDs.isEmpty
                ? programme.agreementID.flatMap(plan.tie)?.domainIDs.contains(domain) == true
                : programme.domainIDs.contains(domain)
        }.map(\.id)
        return mobility.balances.filter { $0.planID == plan.id && programmes.contains($0.programmeID) && years.contains($0.year) }
    }

    /// « Échanges UNamur–UQTR, 2025/2026 : UNamur → UQTR 4 (quota 7), UQTR → UNamur 2 (quota 7) ».
    private func mobilityLines(domain: String) -> [String] {
        mobilityBalances(domain: domain, years: ["\(year - 1)/\(year)", academicYear, "\(year)"]).map { balance in
            let title = plan.mobility.first { $0.id == balance.programmeID }.map { words.text($0.title) } ?? balance.programmeID
            let rows = balance.rows.map { row in
                words.partner(row.fromID, in: plan) + " → " + words.partner(row.toID, in: plan) + " "
                    + words.t(
                        "\(row.planned) prévu\(row.planned > 1 ? "s" : "") (quota \(row.quota))",
                        "\(row.planned) planned (quota \(row.quota))")
            }
            let state =
                balance.balanced
                ? words.t("équilibré", "balanced")
                : words.t("écart de \(balance.imbalance)", "gap of \(balance.imbalance)")
            return "\(title), \(balance.year)\(words.colon) " + rows.joined(separator: ", ") + " — " + state
        }
    }
}
