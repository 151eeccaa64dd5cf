import CivilTime
import Mobility
import PlanFormat
import Scheduling

/// Builds the annual report of one plan (protocol) and calendar year: indicators per domain
/// (activities, held, missions, delegates, planned mobility), then each domain's activities.
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
        case (true, true): return ([academicYear, "\(year)"], "l'année universitaire \(academicYear) et l'année \(year)",
                                   "academic year \(academicYear) and \(year)")
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
            period: t("Réalisations et indicateurs par domaine prioritaire, du 1er janvier au 31 décembre \(year).",
                      "Achievements and indicators per priority domain, 1 January to 31 December \(year)."),
            asOf: t("Situation au \(words.date(today)) : les activités terminées avant cette date sont comptées comme réalisées ; les mobilités sont celles prévues pour \(counted.fr).",
                    "As of \(words.date(today)): activities that ended before that day count as held; mobility counts the participants planned for \(counted.en)."),
            indicatorsHeading: t("Indicateurs par domaine", "Indicators per domain"),
            columns: [t("Domaine", "Domain"), t("Activités", "Activities"), t("Réalisées", "Held"), t("Missions", "Missions"),
                      t("Personnes en délégation", "Delegation members"), t("Mobilités prévues \(columnYears)", "Planned mobility \(columnYears)")],
            indicators: domains.map { domain in
                ReportPage.Indicator(
                    domain: domain.name, activities: domain.events.count,
                    held: domain.events.filter { ActivityStatus($0, today: today) == .held }.count,
                    missions: domain.events.filter { $0.kind == .mission }.count,
                    delegates: domain.events.filter { $0.kind == .mission }.map(delegation).reduce(0, +),
                    mobility: domain.id.map { mobilityBalances(domain: $0, years: counted.names).flatMap(\.rows).map(\.planned).reduce(0, +) } ?? 0)
            },
            domains: domains.enumerated().map { index, domain in
                let mobility = domain.id.map { mobilityLines(domain: $0) } ?? []
                return ReportPage.Domain(
                    anchor: "domaine-\(domain.id ?? "autres")",
                    name: domain.name,
                    activities: domain.events.map(activity), hasActivities: !domain.events.isEmpty,
                    noActivities: t("Aucune activité en \(year).", "No activity in \(year)."),
                    mobilityHeading: hasProgrammesOutsideAcademia ? t("Mobilité des personnes", "Mobility of people")
                                                                  : t("Mobilité universitaire", "University mobility"),
                    mobility: mobility, hasMobility: !mobility.isEmpty)
            })
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
            status: status.label(words, provisional: event.provisional), colon: words.colon)
    }

    /// The balances of the plan's programmes that serve `domain` (their own `domains:`, else their agreement's).
    private func mobilityBalances(domain: String, years: [String]) -> [MobilityBalance] {
        let programmes = plan.mobility.filter { programme in
            programme.domainIDs.isEmpty ? programme.agreementID.flatMap(plan.tie)?.domainIDs.contains(domain) == true
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
                    + words.t("\(row.planned) prévu\(row.planned > 1 ? "s" : "") (quota \(row.quota))", "\(row.planned) planned (quota \(row.quota))")
            }
            let state = balance.balanced ? words.t("équilibré", "balanced")
                                         : words.t("écart de \(balance.imbalance)", "gap of \(balance.imbalance)")
            return "\(title), \(balance.year)\(words.colon) " + rows.joined(separator: ", ") + " — " + state
        }
    }
}
