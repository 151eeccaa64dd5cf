import Bilingual
import CivilTime
import PlaceCalendars
import PlanModel

/// Computes the windows of one direction of a programme from the two academic calendars.
struct ExchangeWindowFinder {
    let plan: Plan
    let programme: MobilityProgramme
    let direction: MobilityDirection
    let home: MobilityInstitution
    let host: MobilityInstitution
    let homeCalendar: AcademicCalendar
    let hostCalendar: AcademicCalendar

    /// Kinds of home periods a stay abroad should not miss without knowing.
    static let examKinds: [AcademicPeriodKind] = [.study, .exams, .resit]

    func windows(in years: [AcademicYear]) -> [ExchangeWindow] {
        years.flatMap(windows(in:))
    }

    func windows(in year: AcademicYear) -> [ExchangeWindow] {
        let exchangeTerms = exchangeTerms(of: year)
        var windows: [ExchangeWindow] = []
        for type in direction.types {
            switch type {
            case .studentSemester:
                for term in exchangeTerms {
                    windows.append(
                        window(
                            type, year: year, terms: [term.id], period: nil, name: term.name,
                            dates: term.start...term.end, estimated: term.estimated))
                }
            case .studentYear:
                guard let first = exchangeTerms.first, let last = exchangeTerms.last else { continue }
                let ids = exchangeTerms.map(\.id)
                let name = LocalizedText(
                    fr: "Année universitaire \(year.name) (\(Self.list(ids, "et")))",
                    en: "Academic year \(year.name) (\(Self.list(ids, "and")))")
                windows.append(
                    window(
                        type, year: year, terms: ids, period: nil, name: name,
                        dates: first.start...last.end, estimated: first.startEstimated || last.endEstimated))
            case .staffTeaching:
                for period in year.periods(of: .teaching) {
                    windows.append(
                        window(
                            type, year: year, terms: period.termID.map { [$0] } ?? [], period: period.id,
                            name: period.name, dates: period.start...period.end, estimated: period.estimated))
                }
            case .doctoralShort, .staffTraining:
                let name = LocalizedText(fr: "Année universitaire \(year.name)", en: "Academic year \(year.name)")
                windows.append(
                    window(
                        type, year: year, terms: [], period: nil, name: name,
                        dates: year.firstDay...year.lastDay,
                        estimated: year.firstDayEstimated || year.lastDayEstimated))
            case .youthInternship, .youthExchange, .staffExchange:
                // Stays outside academia follow the programme's seasons (SeasonWindowFinder); the
                // loader keeps them out of university programmes.
                continue
            }
        }
        return windows
    }

    /// The host terms that receive one-term exchange students: those the institution names,
    /// or the first two of the year.
    func exchangeTerms(of year: AcademicYear) -> [AcademicTerm] {
        if host.exchangeTermIDs.isEmpty { return Array(year.terms.prefix(2)) }
        return year.terms.filter { host.exchangeTermIDs.contains($0.id) }
    }

    private func window(
        _ type: MobilityType, year: AcademicYear, terms: [String], period: String?, name: LocalizedText,
        dates: ClosedRange<CivilDate>, estimated: Bool
    ) -> ExchangeWindow {
        let fixed = type.followsTerms
        let days = dates.lowerBound.days(until: dates.upperBound) + 1
        let stay = fixed ? days...days : type.stayDays.lowerBound...min(type.stayDays.upperBound, days)
        var window = ExchangeWindow(
            planID: plan.id, programmeID: programme.id, fromID: direction.fromID, toID: direction.toID, type: type,
            year: year.name, termIDs: terms, periodID: period, name: name, start: dates.lowerBound, end: dates.upperBound,
            estimated: estimated, stayDays: stay, fixed: fixed,
            homeOverlaps: homeCalendar.periods(overlapping: dates).filter { Self.examKinds.contains($0.kind) }.map { period in
                HomeOverlap(
                    id: period.id, kind: period.kind.rawValue, name: period.name, start: period.start, end: period.end,
                    from: max(period.start, dates.lowerBound), to: min(period.end, dates.upperBound),
                    estimated: period.estimated)
            },
            homeTerms: homeCalendar.terms(overlapping: dates).map { term in
                HomeOverlap(
                    id: term.id, kind: "term", name: term.name, start: term.start, end: term.end,
                    from: max(term.start, dates.lowerBound), to: min(term.end, dates.upperBound),
                    estimated: term.estimated)
            },
            deadlines: [], clearSpans: [], languages: direction.languages.filter { $0.types.contains(type) }, notes: [])
        window.deadlines = deadlines(for: window)
        window.notes = notes(for: window)
        if !fixed { window.clearSpans = clearSpans(for: window, year: year) }
        return window
    }

    // MARK: - Deadlines

    private func deadlines(for window: ExchangeWindow) -> [MobilityDeadline] {
        var result: [MobilityDeadline] = []
        if let first = window.termIDs.first {
            for rule in host.deadlines where rule.applies(to: window.type, startingIn: first) {
                if let day = rule.nomination {
                    result.append(
                        MobilityDeadline(
                            kind: .nomination, date: day.last(before: window.start),
                            institutionID: host.partnerID, estimated: rule.estimated))
                }
                if let day = rule.application {
                    result.append(
                        MobilityDeadline(
                            kind: .application, date: day.last(before: window.start),
                            institutionID: host.partnerID, estimated: rule.estimated))
                }
            }
        }
        if window.fixed {
            for permit in direction.permits where permit.applies(to: window.type, stayDays: window.dayCount) {
                result.append(
                    MobilityDeadline(
                        kind: .permits, date: window.start.adding(days: -permit.leadDays),
                        institutionID: direction.toID, permit: permit.name, leadDays: permit.leadDays,
                        estimated: permit.estimated))
            }
        }
        return result.sorted { ($0.date, $0.kind.rawValue) < ($1.date, $1.kind.rawValue) }
    }

    // MARK: - Notes

    private func notes(for window: ExchangeWindow) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        if window.fixed, !window.type.stayDays.contains(window.dayCount) {
            notes.append(
                LocalizedText(
                    fr:
                        "Séjour de \(window.dayCount) jours, hors des bornes Erasmus+ KA171 (\(window.type.stayDays.lowerBound) à \(window.type.stayDays.upperBound) jours).",
                    en:
                        "A \(window.dayCount)-day stay, outside the Erasmus+ KA171 bounds (\(window.type.stayDays.lowerBound) to \(window.type.stayDays.upperBound) days)."
                ))
        }
        if !window.fixed {
            notes.append(window.stayNote)
            for permit in direction.permits where permit.applies(to: window.type, stayDays: window.stayDays.upperBound) {
                notes.append(permit.note)
            }
        }
        let application = window.deadlines.filter { $0.kind == .application }.map(\.date).max()
        for permit in window.deadlines where permit.kind == .permits {
            if let application, permit.date < application {
                notes.append(
                    LocalizedText(
                        fr:
                            "Le délai de \(permit.leadDays ?? 0) jours pour « \(permit.permit?.fr ?? "") » expire le \(FrenchDate.long(permit.date)), avant la date limite de candidature (\(FrenchDate.long(application))) : candidater tôt et demander les permis dès l'admission.",
                        en:
                            "The \(permit.leadDays ?? 0)-day lead time for \"\(permit.permit?.en ?? "")\" runs out on \(EnglishDate.long(permit.date)), before the application deadline (\(EnglishDate.long(application))): apply early and request the permits as soon as admitted."
                    ))
            }
        }
        return notes
    }

    // MARK: - Clear spans

    /// The window less the home exam sessions and the host's breaks and exam sessions, cut into
    /// stretches at least as long as the shortest stay.
    private func clearSpans(for window: ExchangeWindow, year: AcademicYear) -> [DateRange] {
        let busy =
            window.homeOverlaps.map { $0.from...$0.to }
            + year.periods.filter { [.break, .exams, .resit, .study].contains($0.kind) }.map(\.dates)
        var spans: [DateRange] = []
        var runStart: CivilDate?
        var day = window.start
        while day <= window.end {
            let free = !busy.contains { $0.contains(day) }
            if free, runStart == nil { runStart = day }
            if !free || day == window.end, let first = runStart {
                let last = free ? day : day.adding(days: -1)
                if first.days(until: last) + 1 >= window.type.stayDays.lowerBound { spans.append(DateRange(first: first, last: last)) }
                runStart = nil
            }
            day = day.adding(days: 1)
        }
        return spans
    }

    static func list(_ items: [String], _ and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }
}
