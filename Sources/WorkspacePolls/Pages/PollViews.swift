import Bilingual
import CivilTime
import Foundation
import Scheduling
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

/// The coordinators' poll pages: the new-poll form, the personal links shown once, the results.
enum PollViews {
    static func state(_ poll: Poll, now: Date, _ say: Wording) -> String {
        if let confirmed = poll.confirmedDate.flatMap({ CivilDate(iso: $0) }) {
            return "\(say("clos, date retenue :", "closed, date confirmed:")) \(DateText.short(confirmed, say.language))"
        }
        if poll.state == .closed { return say("clos", "closed") }
        return poll.takesAnswers(at: now) ? say("ouvert", "open") : say("expiré", "expired")
    }

    static func choice(_ choice: PollChoice?, _ say: Wording) -> String {
        switch choice {
        case .yes: say("oui", "yes")
        case .ifNeedBe: say("si besoin", "if need be")
        case .no: say("non", "no")
        case nil: "—"
        }
    }

    static func kind(_ kind: PollRespondentKind, _ say: Wording) -> String {
        switch kind {
        case .traveller: say("voyageur", "traveller")
        case .attendee: say("invité", "attendee")
        case .coordinator: say("coordination", "coordinator")
        case .guest: say("ajouté", "added")
        }
    }

    static func creationForm(
        target: PollRoutes.Target, proposals: DateProposals, invitees: [PollInvitee], zones: [String], sent: FormData?,
        language: Language
    ) -> HTML {
        let say = Wording(language)
        let slot = PollSlot(target.event.timing)
        let eventZone: String
        if case .timed(_, _, let zone) = target.event.timing { eventZone = zone } else { eventZone = zones.first ?? "UTC" }
        let tickedDays = sent.map { Set($0.all("day")) }
        let days: [HTML] = proposals.proposals.enumerated().map { index, proposal in
            let checked = tickedDays?.contains(proposal.date.description) ?? true
            return """
                <li><input type="checkbox" name="day" id="jour-\(index)" value="\(proposal.date.description)"\(flag: checked, "checked")>
                <label for="jour-\(index)">\(slot.text(startingOn: proposal.date, in: eventZone, language)) — \(say("coût", "cost")) \(proposal.cost)</label></li>
                """
        }
        let short: HTML =
            proposals.isShort
            ? "<p class=\"warning\">\(say("Seulement \(proposals.proposals.count) date(s) possible(s) sur \(proposals.requested).", "Only \(proposals.proposals.count) possible date(s) of \(proposals.requested)."))</p>"
            : .empty
        let tickedPeople = sent.map { Set($0.all("who")) }
        let people: [HTML] = invitees.enumerated().map { index, invitee in
            let checked = tickedPeople?.contains(invitee.key) ?? true
            return """
                <li><input type="checkbox" name="who" id="qui-\(index)" value="\(invitee.key)"\(flag: checked, "checked")>
                <label for="qui-\(index)">\(invitee.name) (\(kind(invitee.kind, say)), \(invitee.zone), \(invitee.language.rawValue))</label></li>
                """
        }
        let zoneOptions: [HTML] = zones.map { "<option value=\"\($0)\"></option>" }
        let guests: [HTML] = PollRequest.guestRows.map { row in
            let language = sent?["guest-language-\(row)"] ?? ""
            return """
                <fieldset><legend>\(say("Autre personne", "Someone else")) \(row)</legend>
                <p><label for="nom-\(row)">\(say("Nom", "Name"))</label> <input id="nom-\(row)" name="guest-name-\(row)" value="\(sent?["guest-name-\(row)"] ?? "")">
                <label for="fuseau-\(row)">\(say("Fuseau", "Time zone"))</label> <input id="fuseau-\(row)" name="guest-zone-\(row)" list="fuseaux" value="\(sent?["guest-zone-\(row)"] ?? eventZone)">
                <label for="langue-\(row)">\(say("Langue", "Language"))</label> <select id="langue-\(row)" name="guest-language-\(row)">
                <option value="fr"\(flag: language != "en", "selected")>français</option><option value="en"\(flag: language == "en", "selected")>English</option></select>
                <label for="courriel-\(row)">\(say("Courriel (facultatif)", "Email (optional)"))</label> <input id="courriel-\(row)" name="guest-email-\(row)" type="email" value="\(sent?["guest-email-\(row)"] ?? "")"></p>
                </fieldset>
                """
        }
        let planID = target.access.planID
        return """
            <section class="card" id="nouveau-sondage"><h2>\(say("Nouveau sondage", "New poll"))</h2>
            <form method="post" action="/espace/plans/\(planID)/evenements/\(target.activity.id)/sondage">
            <input type="hidden" name="csrf" value="\(target.access.signedIn.session.csrfToken)">
            <fieldset><legend>\(say("Dates proposées (cochez de 3 à 5)", "Proposed dates (tick 3 to 5)"))</legend>\(short)<ul>\(days)</ul></fieldset>
            <fieldset><legend>\(say("Personnes sondées", "People polled"))</legend><ul>\(people)</ul></fieldset>
            <datalist id="fuseaux">\(zoneOptions)</datalist>
            \(guests)
            <p><label for="duree">\(say("Ouvert pendant (jours)", "Open for (days)"))</label>
            <input id="duree" name="lifetime" type="number" min="1" max="60" value="\(sent?["lifetime"] ?? String(PollRoutes.defaultLifetimeDays))"></p>
            <p><button type="submit">\(say("Créer le sondage", "Create the poll"))</button></p>
            </form></section>
            """
    }

    /// The personal links, shown this once: the store keeps only their hashes.
    static func links(poll: Poll, links: [PollLink], origin: String, language: Language) -> HTML {
        let say = Wording(language)
        let rows: [HTML] = links.enumerated().map { index, link in
            """
            <li><label for="lien-\(index)">\(link.respondent.details.name) (\(link.respondent.details.language))</label>
            <input id="lien-\(index)" class="copy" readonly value="\(link.url(origin: origin))" data-respondent="\(link.respondent.details.name)"></li>
            """
        }
        return """
            <section class="card ok" id="liens"><h2>\(say("Liens personnels", "Personal links"))</h2>
            <p>\(say("Envoyez à chaque personne son lien. Ils ne seront plus affichés : copiez-les maintenant.", "Send each person their link. They will not be shown again: copy them now."))</p>
            <ul>\(rows)</ul></section>
            <p><a href="/espace/plans/\(poll.details.planID)/sondages/\(poll.id)" id="voir-sondage">\(say("Voir les réponses", "See the answers"))</a></p>
            """
    }

    static func results(
        poll: Poll, respondents: [PollRespondent], answers: [PollAnswer], ranking: PollRanking, access: PlanAccess, now: Date,
        problems: [String], language: Language
    ) -> HTML {
        let say = Wording(language)
        let planID = access.planID
        let slot = PollSlot(json: poll.details.slot) ?? .allDay(days: 1)
        let zone: String
        if case .timed(_, _, _, let eventZone) = slot { zone = eventZone } else { zone = "UTC" }
        func day(_ text: String) -> String { CivilDate(iso: text).map { slot.text(startingOn: $0, in: zone, language) } ?? text }
        let ranked: [HTML] = ranking.days.enumerated().map { index, entry in
            let status =
                entry.ruledOutByPlan
                ? say("impossible : le plan l'interdit maintenant", "impossible: the plan now forbids it")
                : entry.impossibleFor.isEmpty
                    ? say("possible", "possible")
                    : "\(say("impossible pour", "impossible for")) \(entry.impossibleFor.joined(separator: ", "))"
            return """
                <tr data-date="\(entry.date)"><td>\(index + 1)</td><th scope="row">\(day(entry.date))</th><td>\(entry.yes)</td><td>\(entry.ifNeedBe)</td><td>\(entry.no)</td><td>\(entry.unanswered)</td><td>\(entry.cost)</td><td class="\(entry.possible ? "ok" : "error")">\(status)</td></tr>
                """
        }
        var byRespondent: [Int64: [String: PollChoice]] = [:]
        for answer in answers { byRespondent[answer.respondentID, default: [:]][answer.date] = answer.choice }
        let headers: [HTML] = poll.details.days.map { "<th scope=\"col\">\(day($0.date))</th>" }
        let people: [HTML] = respondents.map { respondent in
            let cells: [HTML] = poll.details.days.map { "<td>\(choice(byRespondent[respondent.id]?[$0.date], say))</td>" }
            return
                "<tr><th scope=\"row\">\(respondent.details.name)</th><td>\(kind(respondent.details.kind, say))</td>\(cells)</tr>"
        }
        var close: HTML = .empty
        if access.role.canEdit, poll.state == .open {
            let options: [HTML] = ranking.days.enumerated().map { index, entry in
                """
                <li><input type="radio" name="date" id="retenir-\(index)" value="\(entry.date)"\(flag: entry.date == (ranking.best ?? ranking.days.first)?.date, "checked")>
                <label for="retenir-\(index)">\(day(entry.date))</label></li>
                """
            }
            close = """
                <section class="card" id="cloture"><h2>\(say("Clore et confirmer", "Close and confirm"))</h2>
                <form method="post" action="/espace/plans/\(planID)/sondages/\(poll.id)/confirmer">
                <input type="hidden" name="csrf" value="\(access.signedIn.session.csrfToken)"><input type="hidden" name="revision" value="\(access.loaded.document.revision)">
                <fieldset><legend>\(say("Date retenue (l'événement y sera fixé)", "Confirmed date (the event is pinned on it)"))</legend><ul>\(options)</ul></fieldset>
                <p><button type="submit">\(say("Clore le sondage et fixer la date", "Close the poll and pin the date"))</button></p></form></section>
                """
        }
        return """
            <p><a href="/espace/plans/\(planID)/evenements/\(poll.details.eventID)">← \(say("Retour à l'événement", "Back to the event"))</a></p>
            \(SaveProblems.render(problems, language))
            <p id="etat-sondage">\(say("État :", "State:")) <strong>\(state(poll, now: now, say))</strong> — \(say("créé par", "created by")) \(poll.details.createdByName)</p>
            <section class="card" id="resultats" data-refresh="/espace/plans/\(planID)/sondages/\(poll.id)">
            <table><caption>\(say("Classement des dates", "Dates ranked"))</caption>
            <thead><tr><th scope="col">#</th><th scope="col">\(say("Date", "Date"))</th><th scope="col">\(say("Oui", "Yes"))</th><th scope="col">\(say("Si besoin", "If need be"))</th><th scope="col">\(say("Non", "No"))</th><th scope="col">\(say("Sans réponse", "No answer"))</th><th scope="col">\(say("Coût", "Cost"))</th><th scope="col">\(say("Statut", "Status"))</th></tr></thead>
            <tbody>\(ranked)</tbody></table>
            <table><caption>\(say("Réponses par personne", "Answers by person"))</caption>
            <thead><tr><th scope="col">\(say("Personne", "Person"))</th><th scope="col">\(say("Rôle", "Role"))</th>\(headers)</tr></thead>
            <tbody>\(people)</tbody></table>
            </section>
            \(close)
            """
    }
}
