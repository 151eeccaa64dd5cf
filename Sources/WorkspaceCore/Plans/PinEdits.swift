import Bilingual
import CivilTime
import PlanEditing
import Yams

/// The edits that fix an event on a day: its written date moves there (its time and length kept),
/// it stops being provisional and its `schedule:` rules go (the history keeps them), so the solver
/// no longer moves it; the plan-wide rules it breaks on that day show as warnings.
package enum PinEdits {
    package static func edits(eventID: String, block: Node, to date: CivilDate) -> [PlanEdit]? {
        guard let map = block.mapping, map["repeat"] == nil else { return nil }
        var edits: [PlanEdit] = []
        if let start = map["start"]?.string {
            let time = start.split(separator: "T").dropFirst().first.map { "T" + $0 } ?? ""
            edits.append(.setItemKey(section: "events", id: eventID, key: "start", value: date.description + time))
        } else if let dates = map["dates"]?.mapping, let from = dates["from"]?.string.flatMap(CivilDate.init(iso:)),
            let to = dates["to"]?.string.flatMap(CivilDate.init(iso:))
        {
            let end = date.adding(days: from.days(until: to))
            edits.append(.setItemKey(section: "events", id: eventID, key: "dates", value: "{from: \(date), to: \(end)}"))
        } else {
            edits.append(.setItemKey(section: "events", id: eventID, key: "date", value: date.description))
        }
        if map["provisional"] != nil { edits.append(.setItemKey(section: "events", id: eventID, key: "provisional", value: nil)) }
        if map["schedule"] != nil { edits.append(.setItemKey(section: "events", id: eventID, key: "schedule", value: nil)) }
        return edits
    }

    /// `held`, `cancelled` or `{postponed: DATE}` as the plan writes it.
    package static func outcome(_ word: String, postponedTo: CivilDate?) -> String? {
        switch word {
        case "held", "cancelled", "met", "missed": return word
        case "postponed": return postponedTo.map { "{postponed: \($0)}" }
        default: return nil
        }
    }
}
