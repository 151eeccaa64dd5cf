import Bilingual
import CivilTime
import PlaceCalendars
import PlanModel
import Scheduling
import WorkspaceCore

/// For a virtual or hybrid meeting: the office hours (9:00–17:00) its partners' zones share on
/// its day, in each zone's local time.
package enum OverlapView {
    package static func render(_ event: ScheduledEvent, plan: Plan, language: Language) -> HTML {
        guard event.mode != .inPerson else { return .empty }
        let say = Wording(language)
        let partners = Set(event.involvedPartnerIDs + (event.hostID.map { [$0] } ?? []))
        let zones = Array(Set(plan.partners.filter { partners.contains($0.id) }.map(\.timeZone))).sorted()
        guard zones.count > 1 else { return .empty }
        let day = event.timing.firstDate
        let overlap = ZoneOverlap(zones: zones.compactMap(ZoneRules.init(identifier:)), from: day, to: day, weekdaysOnly: false)
        let windows = overlap.days.first?.windows ?? []
        let items: [HTML] = windows.map { window in
            let parts = window.local.map { part in
                String(
                    format: "%02d:%02d–%02d:%02d", part.start.time.hour, part.start.time.minute, part.end.time.hour, part.end.time.minute)
                    + " (\(part.zone))"
            }
            return "<li>\(parts.joined(separator: " = "))</li>"
        }
        let body: HTML =
            items.isEmpty
            ? "<p>\(say("Aucune heure de bureau commune ce jour-là.", "No shared office hour that day."))</p>" : "<ul>\(items)</ul>"
        return """
            <section class="card" id="fuseaux"><h2>\(say("Heures de bureau communes", "Shared office hours"))</h2>
            <p>\(DateText.long(day, language)), 9:00–17:00 \(say("dans chaque fuseau", "in each zone")) :</p>\(body)</section>
            """
    }
}
