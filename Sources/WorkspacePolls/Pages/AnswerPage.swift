import Bilingual
import CivilTime
import WorkspacePages
import WorkspaceStore

/// A respondent's page: the days in their zone, their answers, the counts per day.
enum AnswerPage {
    static func body(
        found: AnswerRoutes.Found, own: [PollAnswer], counts: PollRanking, formToken: String, open: Bool, saved: Bool, problem: String?
    ) -> HTML {
        let say = Wording(found.language)
        let language = found.language
        let zone = found.respondent.details.zone
        let slot = PollSlot(json: found.poll.details.slot) ?? .allDay(days: 1)
        let mine = Dictionary(own.map { ($0.date, $0.choice) }, uniquingKeysWith: { first, _ in first })
        let tally = Dictionary(counts.days.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        let days: [HTML] = found.poll.details.days.enumerated().map { index, day in
            let text = CivilDate(iso: day.date).map { slot.text(startingOn: $0, in: zone, language) } ?? day.date
            let choices: [HTML] = PollChoice.allCases.map { choice in
                """
                <label><input type="radio" name="jour-\(day.date)" value="\(choice.rawValue)"\(flag: mine[day.date] == choice, "checked")\(flag: !open, "disabled")> \(PollViews.choice(choice, say))</label>
                """
            }
            let count = tally[day.date]
            return """
                <fieldset class="card" id="date-\(index)" data-date="\(day.date)"><legend>\(text)</legend>
                <p>\(choices)</p>
                <p class="muted counts">\(say("Réponses à ce jour :", "Answers so far:")) \(count?.yes ?? 0) \(say("oui", "yes")), \(count?.ifNeedBe ?? 0) \(say("si besoin", "if need be")), \(count?.no ?? 0) \(say("non", "no"))</p>
                </fieldset>
                """
        }
        var notices: [HTML] = []
        if let problem { notices.append("<p class=\"card error\" role=\"alert\">\(problem)</p>") }
        if saved {
            notices.append(
                "<p class=\"card ok\" role=\"status\" id=\"enregistre\">\(say("Vos réponses sont enregistrées.", "Your answers are saved."))</p>"
            )
        }
        if let confirmed = found.poll.confirmedDate.flatMap({ CivilDate(iso: $0) }) {
            notices.append(
                "<p class=\"card ok\" id=\"date-retenue\">\(say("Sondage clos. Date retenue :", "Poll closed. Confirmed date:")) \(slot.text(startingOn: confirmed, in: zone, language))</p>"
            )
        } else if !open {
            notices.append("<p class=\"card warning\">\(say("Ce sondage est clos.", "This poll is closed."))</p>")
        }
        let submit: HTML = open ? "<p><button type=\"submit\">\(say("Enregistrer mes réponses", "Save my answers"))</button></p>" : .empty
        return """
            \(notices)
            <p>\(say("Bonjour", "Hello")) \(found.respondent.details.name). \(say("Pour chaque date, dites si vous pourriez être là. Les heures sont celles de votre fuseau :", "For each date, say whether you could be there. Times are in your time zone:")) <strong>\(zone)</strong>.</p>
            <form method="post" action="/sondage/\(found.token)?lang=\(language.rawValue)">
            <input type="hidden" name="form" value="\(formToken)">
            \(days)
            \(submit)
            </form>
            """
    }
}
