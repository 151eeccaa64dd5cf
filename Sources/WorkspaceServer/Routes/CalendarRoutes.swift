import Bilingual
import CivilTime
import Foundation
import Hummingbird
import PlaceCalendars
import PlanModel
import Scheduling
import WorkspaceCore
import WorkspacePages

/// `/espace/calendrier`: every plan one may see on a month, with each partner's holidays,
/// collective vacations, elections and school holidays shaded; filters by plan, partner, domain, kind.
package struct CalendarRoutes: Sendable {
    let services: WorkspaceServices

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/espace/calendrier") { request, context in try self.month(request, context) }
        router.get("/espace/calendrier/annee") { request, context in try self.year(request, context) }
    }

    func month(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let say = Wording(context.language)
        let language = context.language
        let query = request.uri.queryParameters
        func parameter(_ name: String) -> String? { query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
        let snapshot = services.workspace.snapshot
        let visible = snapshot.plans.filter { signedIn.role(on: $0.id) != nil }.compactMap(\.plan)
        let planFilter = parameter("plan"), partnerFilter = parameter("partenaire"), domainFilter = parameter("domaine"),
            kindFilter = parameter("type")
        let plans = visible.filter { planFilter == nil || $0.id == planFilter }
        let events = (snapshot.result?.schedule.events ?? []).filter { event in
            guard let plan = plans.first(where: { $0.id == event.planID }), let role = signedIn.role(on: plan.id) else { return false }
            if event.confidential, !role.seesConfidential { return false }
            if let partnerFilter, !event.involvedPartnerIDs.contains(partnerFilter) { return false }
            if let domainFilter, !event.domainIDs.contains(domainFilter) { return false }
            if let kindFilter, event.kind.rawValue != kindFilter { return false }
            return true
        }
        let today = CivilDate(daysSinceEpoch: Int(services.now().timeIntervalSince1970 / 86_400))
        let shown =
            parameter("mois").flatMap { text -> CivilDate? in
                let parts = text.split(separator: "-")
                guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
                return CivilDate(year: year, month: month, day: 1)
            } ?? CivilDate(year: today.year, month: today.month, day: 1)!
        let days = CivilDate.daysInMonth(year: shown.year, month: shown.month)
        let last = shown.adding(days: days - 1)
        // Days off of the partners shown: holidays and blackouts of their jurisdictions.
        let partners = plans.flatMap(\.partners).filter { partnerFilter == nil || $0.id == partnerFilter }
        /// Per day: each day off's name and the jurisdictions that have it.
        var daysOff: [CivilDate: [String: [String]]] = [:]
        if let holidays = try? CalendarLibrary.holidays(overrides: services.workspace.calendarsDirectory),
            let blackouts = try? CalendarLibrary.blackouts(overrides: services.workspace.calendarsDirectory)
        {
            var seen = Set<String>()
            for partner in partners {
                for code in partner.jurisdictionCodes where seen.insert(code).inserted {
                    for holiday in (try? holidays.holidays(in: code, year: shown.year)) ?? []
                    where holiday.lastDate >= shown && holiday.date <= last {
                        for offset in 0..<holiday.dayCount {
                            daysOff[holiday.date.adding(days: offset), default: [:]][say(holiday.name), default: []].append(code)
                        }
                    }
                    if blackouts.jurisdictions.contains(code) {
                        for blackout in (try? blackouts.blackouts(in: code, year: shown.year)) ?? []
                        where blackout.end >= shown && blackout.start <= last {
                            for offset in 0..<blackout.dayCount {
                                daysOff[blackout.start.adding(days: offset), default: [:]][say(blackout.name), default: []].append(code)
                            }
                        }
                    }
                }
            }
        }
        var cells: [HTML] = Array(repeating: "<td></td>", count: shown.weekday.rawValue - 1)
        for offset in 0..<days {
            let day = shown.adding(days: offset)
            let here = events.filter { $0.timing.firstDate <= day && $0.timing.lastDate >= day }
            let off = (daysOff[day] ?? [:]).sorted { $0.key < $1.key }.map {
                "\($0.key) (\(Array(Set($0.value)).sorted().joined(separator: ", ")))"
            }
            let items: [HTML] = here.map { event in
                let link: String
                if case .anniversary(let tie, _) = event.origin {
                    link = "/espace/plans/\(event.planID)/elements/ties/\(tie)"
                } else {
                    link = "/espace/plans/\(event.planID)/evenements/\(event.activityID)"
                }
                // An open event can be dragged to another day: the page asks which rules that day breaks.
                let open = snapshot.result?.openEventIDs.contains("\(event.planID)/\(event.id)") == true && event.timing.firstDate == day
                let drag: HTML =
                    open && signedIn.role(on: event.planID)?.canEdit == true
                    ? " draggable=\"true\" data-check=\"/api/v1/plans/\(event.planID)/events/\(event.id)/check\"" : .empty
                return "<a class=\"event\" href=\"\(link)\"\(drag)>\(say(event.title))</a>"
            }
            let offText: HTML = off.isEmpty ? .empty : "<small class=\"off\">\(off.joined(separator: " · "))</small>"
            cells.append(
                "<td class=\"\(off.isEmpty ? "" : "shade")\" data-date=\"\(day.description)\"><span class=\"day\">\(day.day)</span>\(items)\(offText)</td>"
            )
        }
        while cells.count % 7 != 0 { cells.append("<td></td>") }
        let rows: [HTML] = stride(from: 0, to: cells.count, by: 7).map { "<tr>\(Array(cells[$0..<$0 + 7]))</tr>" }
        let names = language == .fr ? ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] : EnglishDate.weekdays
        let monthName = language == .fr ? FrenchDate.months[shown.month - 1] : EnglishDate.months[shown.month - 1]
        func link(_ month: CivilDate) -> String {
            var items = [String(format: "mois=%04d-%02d", month.year, month.month)]
            for (key, value) in [("plan", planFilter), ("partenaire", partnerFilter), ("domaine", domainFilter), ("type", kindFilter)] {
                if let value { items.append("\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
            }
            return "?" + items.joined(separator: "&")
        }
        func options(_ list: [(String, String)], _ selected: String?) -> HTML {
            HTML(trusted: "<option value=\"\">—</option>")
                + list.map { "<option value=\"\($0.0)\"\(flag: $0.0 == selected, "selected")>\($0.1)</option>" as HTML }.joined()
        }
        let allPartners = Dictionary(visible.flatMap(\.partners).map { ($0.id, say($0.name)) }, uniquingKeysWith: { first, _ in first })
            .sorted { $0.key < $1.key }
        let allDomains = Dictionary(visible.flatMap(\.domains).map { ($0.id, say($0.name)) }, uniquingKeysWith: { first, _ in first })
            .sorted { $0.key < $1.key }
        let body: HTML = """
            <form method="get" action="/espace/calendrier" class="card filters">
            <input type="hidden" name="mois" value="\(String(format: "%04d-%02d", shown.year, shown.month))">
            <label for="c-plan">\(say("Plan", "Plan"))</label><select id="c-plan" name="plan">\(options(visible.map { ($0.id, say($0.title)) }, planFilter))</select>
            <label for="c-partenaire">\(say("Partenaire", "Partner"))</label><select id="c-partenaire" name="partenaire">\(options(allPartners.map { ($0.key, $0.value) }, partnerFilter))</select>
            <label for="c-domaine">\(say("Domaine", "Domain"))</label><select id="c-domaine" name="domaine">\(options(allDomains.map { ($0.key, $0.value) }, domainFilter))</select>
            <label for="c-type">\(say("Type", "Kind"))</label><select id="c-type" name="type">\(options(EventForm.kinds.map { ($0, EventStatus.kind(Activity.Kind(rawValue: $0) ?? .event, say)) }, kindFilter))</select>
            <button type="submit">\(say("Filtrer", "Filter"))</button></form>
            <p><a href="/espace/calendrier/annee?annee=\(shown.year)">\(say("Frise de l'année", "Year timeline"))</a></p>
            <p><a href="\(link(shown.adding(months: -1)))" rel="prev">← \(say("Mois précédent", "Previous month"))</a> · <a href="\(link(shown.adding(months: 1)))" rel="next">\(say("Mois suivant", "Next month")) →</a></p>
            <div class="scroll"><table class="calendar"><caption>\(monthName) \(shown.year)</caption>
            <thead><tr>\(names.map { "<th scope=\"col\">\($0)</th>" as HTML })</tr></thead><tbody>\(rows)</tbody></table></div>
            <p class="muted">\(say("Les jours ombrés sont fériés, de vacances ou d'élection chez un partenaire affiché. Glissez un événement à date ouverte sur un autre jour pour voir les règles que ce jour enfreindrait (rien n'est enregistré).", "Shaded days are holidays, vacations or elections for a partner shown. Drag an event with an open date to another day to see the rules that day would break (nothing is saved)."))</p>
            """
        return Responses.html(Page(language: language, title: say("Calendrier", "Calendar"), signedIn: signedIn, body: body))
    }

    /// A year as a timeline: one row per plan (or per body with `par=instance`), one column per
    /// month, each event in the month it starts.
    func year(_ request: Request, _ context: WorkspaceContext) throws -> Response {
        let signedIn = try RouteGuard.signedIn(context)
        let say = Wording(context.language)
        let language = context.language
        let query = request.uri.queryParameters
        let snapshot = services.workspace.snapshot
        let today = CivilDate(daysSinceEpoch: Int(services.now().timeIntervalSince1970 / 86_400))
        let year = query["annee"].flatMap { Int(String($0)) }.flatMap { (1990...2100).contains($0) ? $0 : nil } ?? today.year
        let byBody = query["par"] == "instance"
        let visible = snapshot.plans.filter { signedIn.role(on: $0.id) != nil }.compactMap(\.plan)
        let events = (snapshot.result?.schedule.events ?? []).filter { event in
            guard let role = signedIn.role(on: event.planID), visible.contains(where: { $0.id == event.planID }) else { return false }
            return (role.seesConfidential || !event.confidential) && event.timing.firstDate.year == year
        }
        var rows: [(key: String, label: String)] = []
        if byBody {
            for plan in visible {
                for body in plan.bodies { rows.append(("\(plan.id)/\(body.id)", "\(say(body.name)) (\(plan.id))")) }
            }
        } else {
            rows = visible.map { ($0.id, say($0.title)) }
        }
        let months = language == .fr ? FrenchDate.months : EnglishDate.months
        let lines: [HTML] = rows.map { row in
            let mine = events.filter { byBody ? "\($0.planID)/\($0.bodyID ?? "")" == row.key : $0.planID == row.key }
            let cells: [HTML] = (1...12).map { month in
                let items: [HTML] = mine.filter { $0.timing.firstDate.month == month }.map { event in
                    "<a class=\"event\" href=\"/espace/plans/\(event.planID)/evenements/\(event.activityID)\">\(event.timing.firstDate.day) — \(say(event.title))</a>"
                }
                return "<td>\(items)</td>"
            }
            return "<tr><th scope=\"row\">\(row.label)</th>\(cells)</tr>"
        }
        let body: HTML = """
            <p><a href="?annee=\(year - 1)\(byBody ? "&par=instance" : "")" rel="prev">← \(year - 1)</a> · <a href="?annee=\(year + 1)\(byBody ? "&par=instance" : "")" rel="next">\(year + 1) →</a> ·
            \(byBody ? "<a href=\"?annee=\(year)\">\(say("Par plan", "By plan"))</a>" as HTML : "<a href=\"?annee=\(year)&par=instance\">\(say("Par instance", "By body"))</a>" as HTML)</p>
            <div class="scroll"><table class="timeline"><caption>\(year)</caption>
            <thead><tr><th scope="col">\(byBody ? say("Instance", "Body") : say("Plan", "Plan"))</th>\(months.map { "<th scope=\"col\">\($0)</th>" as HTML })</tr></thead>
            <tbody>\(lines)</tbody></table></div>
            """
        return Responses.html(Page(language: language, title: "\(say("Frise", "Timeline")) \(year)", signedIn: signedIn, body: body))
    }
}
