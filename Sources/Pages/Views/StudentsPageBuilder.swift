import Bilingual
import Registry
import CivilTime
import Mobility
import PlanModel

/// Builds the students' page from the mobility schedule.
struct StudentsPageBuilder {
    let mobility: MobilitySchedule
    let today: CivilDate
    let baseURL: String
    let feedsPath: String
    let words: PageWords

    func page(chrome: PageChrome) -> StudentsPage {
        let t = words.t
        let programmes = mobility.programmes.map(programme)
        var outside: [String] = []
        if mobility.programmes.contains(where: { !$0.programme.followsAcademicCalendars }) {
            outside.append(
                t(
                    "Les programmes de jeunesse et les échanges de personnel entre collectivités n'ont pas de trimestres : leurs fenêtres sont les saisons du programme, ou toute l'année ; les dates limites y mènent.",
                    "Youth programmes and staff exchanges between local governments have no terms: their windows are the programme's seasons, or the whole year, and the deadlines lead to them."
                ))
        }
        return StudentsPage(
            chrome: chrome,
            heading: t("Partir en échange : fenêtres et dates limites", "Going on exchange: windows and deadlines"),
            intro: [
                t(
                    "Quand vous pouvez être dans l'établissement d'accueil, ce que le séjour chevauche chez vous (sessions d'examens) et les dates limites qui y mènent : nomination par votre établissement, candidature, visas et permis.",
                    "When you can be at the host institution, what the stay overlaps at home (exam sessions), and the deadlines that lead to it: nomination by your institution, application, visas and permits."
                ),
                t(
                    "Les dates marquées « date estimée » viennent de calendriers pas encore publiés : confirmez-les auprès de votre bureau international. Abonnez-vous au calendrier d'une direction pour recevoir les dates et un rappel une semaine avant chaque date limite.",
                    "Dates marked \"estimated date\" come from calendars not yet published: confirm them with your international office. Subscribe to a direction's calendar to get the dates and a reminder a week before each deadline."
                ),
            ] + outside + [
                t("Situation au \(words.date(today)).", "As of \(words.date(today)).")
            ],
            tocLabel: t("Programmes", "Programmes"),
            hasProgrammes: !programmes.isEmpty,
            noProgrammes: t("Aucun programme d'échange n'est publié pour le moment.", "No exchange programme is published yet."),
            programmes: programmes)
    }

    private func programme(_ entry: MobilitySchedule.Entry) -> StudentsPage.Programme {
        let plan = entry.plan, programme = entry.programme
        var agreement: String?
        if let tie = programme.agreementID.flatMap(plan.tie) {
            let title = tie.title.map(words.text) ?? tie.id
            agreement =
                tie.signed.map { title + words.t(", signée le \(words.date($0)).", ", signed on \(words.date($0)).") } ?? title + "."
        }
        let audience = programme.ages.map {
            words.t(
                "Pour les personnes de \($0.lowerBound) à \($0.upperBound) ans.", "For people aged \($0.lowerBound) to \($0.upperBound).")
        }
        return StudentsPage.Programme(
            anchor: "programme-\(programme.id)", title: words.text(programme.title), agreement: agreement, audience: audience,
            directions: programme.directions.map { direction(entry, $0) })
    }

    private func direction(_ entry: MobilitySchedule.Entry, _ direction: MobilityDirection) -> StudentsPage.Direction {
        let plan = entry.plan, programme = entry.programme
        let t = words.t
        let from = words.partner(direction.fromID, in: plan), to = words.partner(direction.toID, in: plan)
        let links = SubscribeLinks(
            baseURL: baseURL, feedsPath: feedsPath,
            fileName: MobilityFeedBuilder.fileName(programme: programme.id, direction: direction))
        let windows = mobility.windows(programme: programme.id, direction: direction)
        var requirements: [String] = []
        let quotas = direction.types.compactMap { type -> String? in
            guard let count = direction.quotas[type] else { return nil }
            return "\(words.text(type.name)) : \(count)".replacingOccurrences(of: " :", with: words.colon)
        }
        if !quotas.isEmpty {
            requirements.append(t("Places par année", "Places per year") + words.colon + " " + quotas.joined(separator: t(" ; ", "; ")))
        }
        for language in direction.languages {
            let types =
                language.types == direction.types
                ? ""
                : " (" + language.types.map { words.text($0.name) }.joined(separator: ", ") + ")"
            requirements.append(t("Langue exigée", "Language required") + words.colon + " " + words.text(language.description) + types)
        }
        for permit in direction.permits {
            let condition = permit.longerThanDays.map { t(" pour un séjour de plus de \($0) jours", " for stays over \($0) days") } ?? ""
            requirements.append(
                words.text(permit.name) + condition + words.colon + " "
                    + t(
                        "à demander au moins \(permit.leadDays) jours avant le départ",
                        "apply at least \(permit.leadDays) days before leaving")
                    + (permit.estimated ? t(" (délai estimé)", " (estimated lead time)") : "") + ".")
        }
        let upcoming = deadlines(of: windows, plan: plan).filter { $0.day >= today }.prefix(6).map { item in
            DeadlineItem(day: item.day, label: item.label, estimated: item.estimated, today: today, words: words)
        }
        let allYears = Dictionary(grouping: windows, by: \.year).keys.sorted()
        let past = allYears.filter { year in windows.filter { $0.year == year }.allSatisfy { $0.end < today } }
        let years = allYears.filter { !past.contains($0) }.map { year in
            self.year(year, windows: windows.filter { $0.year == year }, plan: plan, academic: programme.followsAcademicCalendars)
        }
        return StudentsPage.Direction(
            anchor: "\(programme.id)-\(direction.fromID)-\(direction.toID)",
            heading: t("De \(from) vers \(to)", "From \(from) to \(to)"),
            webcal: links.webcal, google: links.google, https: links.https,
            subscribeLabel: t("S'abonner au calendrier \(from) → \(to)", "Subscribe to the \(from) → \(to) calendar"),
            googleLabel: t("Ajouter à Google Agenda", "Add to Google Calendar"),
            downloadLabel: t("Télécharger le fichier .ics", "Download the .ics file"),
            requirements: requirements, hasRequirements: !requirements.isEmpty,
            upcomingHeading: t("Prochaines dates limites", "Next deadlines"),
            upcoming: Array(upcoming), hasUpcoming: !upcoming.isEmpty,
            noUpcoming: t("Aucune date limite à venir dans les calendriers publiés.", "No coming deadline in the published calendars."),
            pastYears: past.isEmpty
                ? nil
                : t("Années passées, non affichées", "Past years, not shown") + words.colon + " " + past.joined(separator: ", ") + ".",
            years: years)
    }

    private func year(_ name: String, windows: [ExchangeWindow], plan: Plan, academic: Bool) -> StudentsPage.Year {
        let timeline = Timeline(windows: windows, label: { "\(self.words.text($0.type.name)) — \(self.words.text($0.name))" }, words: words)
        return StudentsPage.Year(
            heading: academic ? words.t("Année universitaire \(name)", "Academic year \(name)") : words.t("Année \(name)", "Year \(name)"),
            months: timeline.months, rows: timeline.rows,
            windows: windows.map { window($0, plan: plan) })
    }

    private func window(_ window: ExchangeWindow, plan: Plan) -> StudentsPage.Window {
        let t = words.t
        let length =
            window.fixed
            ? words.days(window.dayCount)
            : t(
                "séjour de \(window.stayDays.lowerBound) à \(window.stayDays.upperBound) jours",
                "a stay of \(window.stayDays.lowerBound) to \(window.stayDays.upperBound) days")
        let deadlines = window.deadlines.map { deadline in
            DeadlineItem(day: deadline.date, label: label(deadline, plan: plan), estimated: deadline.estimated, today: today, words: words)
        }
        var overlapText: String?
        if !window.homeOverlaps.isEmpty {
            let home = words.partner(window.fromID, in: plan)
            let parts = window.homeOverlaps.map { overlap in
                "\(words.text(overlap.name)) (\(words.span(overlap.from, overlap.to)), \(words.days(overlap.days)))"
            }
            overlapText = t("Chevauche à \(home)", "Overlaps at \(home)") + words.colon + " " + parts.joined(separator: " ; ") + "."
        }
        var notes = window.notes.map(words.text)
        if !window.clearSpans.isEmpty {
            let spans = window.clearSpans.map { words.span($0.first, $0.last) }
            notes.append(
                t("Sans session d'examens au départ ni congé à l'accueil", "Free of home exam sessions and host breaks")
                    + words.colon + " " + spans.joined(separator: " ; ") + ".")
        }
        return StudentsPage.Window(
            title: words.text(window.name), type: words.text(window.type.name), colon: words.colon,
            start: words.date(window.start), startISO: window.start.description,
            end: words.date(window.end), endISO: window.end.description, length: length,
            estimated: window.estimated, estimatedLabel: t("dates estimées", "estimated dates"),
            deadlines: deadlines, hasDeadlines: !deadlines.isEmpty, overlapText: overlapText, notes: notes)
    }

    /// « Date limite de nomination (UQTR) », « Demander les permis au plus tard : CAQ et permis d'études ».
    func label(_ deadline: MobilityDeadline, plan: Plan) -> String {
        var text = words.text(deadline.kind.name)
        if deadline.kind == .permits, let permit = deadline.permit {
            text += words.colon + " " + words.text(permit)
        } else if !deadline.ofProgramme {
            text += " (\(words.partner(deadline.institutionID, in: plan)))"
        }
        return text
    }

    struct Dated {
        let day: CivilDate
        let label: String
        let estimated: Bool
    }

    /// Every deadline of the windows once, with the windows it leads to, in date order.
    func deadlines(of windows: [ExchangeWindow], plan: Plan) -> [Dated] {
        var seen: [String: Int] = [:]
        var items: [(day: CivilDate, label: String, estimated: Bool, windows: [String])] = []
        for window in windows {
            for deadline in window.deadlines {
                let key = "\(deadline.kind.rawValue)/\(deadline.date)/\(deadline.permit?.en ?? "")"
                let name = words.text(window.name)
                if let index = seen[key] {
                    if !items[index].windows.contains(name) { items[index].windows.append(name) }
                } else {
                    seen[key] = items.count
                    items.append((deadline.date, label(deadline, plan: plan), deadline.estimated, [name]))
                }
            }
        }
        return items.sorted { ($0.day, $0.label) < ($1.day, $1.label) }.map { item in
            Dated(
                day: item.day, label: item.label + " — " + words.t("pour ", "for ") + item.windows.joined(separator: ", "),
                estimated: item.estimated)
        }
    }
}
