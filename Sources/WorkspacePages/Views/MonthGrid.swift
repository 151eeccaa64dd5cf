import Bilingual
import CivilTime
import Scheduling
import WorkspaceCore

/// A month as a grid of days. For an open event: every day of its window, allowed or not
/// (what-if at a glance; a day links to its answer).
package enum MonthGrid {
    package static func window(for event: ScheduledEvent, result: PlanningResult, planID: String, language: Language) -> HTML {
        let say = Wording(language)
        let chosen = event.timing.firstDate
        let first = CivilDate(year: chosen.year, month: chosen.month, day: 1)!
        let days = CivilDate.daysInMonth(year: first.year, month: first.month)
        var cells: [HTML] = Array(repeating: "<td></td>", count: first.weekday.rawValue - 1)
        for day in 0..<days {
            let date = first.adding(days: day)
            let check = DateCheck(planID: planID, eventID: event.id, date: date, in: result)
            let css = date == chosen ? "chosen" : (check?.isAllowed == true ? "allowed" : "forbidden")
            let label =
                date == chosen
                ? say("date retenue", "chosen date") : (check?.isAllowed == true ? say("permis", "allowed") : say("exclu", "ruled out"))
            cells.append(
                "<td class=\"\(css)\"><a href=\"?essai=\(date.description)#essai\" aria-label=\"\(DateText.long(date, language)) : \(label)\">\(date.day)</a></td>"
            )
        }
        while cells.count % 7 != 0 { cells.append("<td></td>") }
        let rows: [HTML] = stride(from: 0, to: cells.count, by: 7).map { "<tr>\(Array(cells[$0..<$0 + 7]))</tr>" }
        let names =
            language == .fr ? ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let month = language == .fr ? FrenchDate.months[first.month - 1] : EnglishDate.months[first.month - 1]
        return """
            <table class="month"><caption>\(month) \(first.year)</caption>
            <thead><tr>\(names.map { "<th scope=\"col\">\($0)</th>" as HTML })</tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}
