import Bilingual
import PlanModel
import Scheduling
import WorkspaceCore

/// How an event's date stands, in words and as a CSS class.
package enum EventStatus {
    package static func describe(_ event: ScheduledEvent, open: Bool, _ say: Wording) -> (text: String, css: String) {
        if let outcome = event.outcome {
            switch outcome {
            case .held: return (say("tenu", "held"), "done")
            case .cancelled: return (say("annulé", "cancelled"), "cancelled")
            case .postponed: return (say("reporté", "postponed"), "open")
            case .met: return (say("respectée", "met"), "done")
            case .missed: return (say("manquée", "missed"), "cancelled")
            }
        }
        if open { return (say("date choisie par le solveur", "date chosen by the solver"), "open") }
        if event.provisional { return (say("à confirmer", "to confirm"), "open") }
        return (say("date fixée", "date fixed"), "fixed")
    }

    package static func kind(_ kind: Activity.Kind, _ say: Wording) -> String {
        switch kind {
        case .meeting: say("réunion", "meeting")
        case .mission: say("mission", "mission")
        case .celebration: say("célébration", "celebration")
        case .deadline: say("échéance", "deadline")
        case .event: say("événement", "event")
        case .committee: say("comité", "committee")
        }
    }
}
