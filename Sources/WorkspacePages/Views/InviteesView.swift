import Bilingual
import Foundation
import WorkspaceStore

/// The invitees of an event and what each answered through their invitation's link.
package enum InviteesView {
    package struct Invitee: Hashable, Sendable {
        package var name: String
        package var address: String

        package init(name: String, address: String) {
            self.name = name
            self.address = address
        }
    }

    /// Empty when the event has no invitee with an address.
    package static func render(_ invitees: [Invitee], answers: [InvitationAnswer], language: Language) -> HTML {
        guard !invitees.isEmpty else { return .empty }
        let say = Wording(language)
        let byAddress = Dictionary(answers.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [HTML] = invitees.map { invitee in
            let answer = byAddress[invitee.address.lowercased()]
            let text = answer.map { choice(say, $0.choice) } ?? say("pas encore de réponse", "no answer yet")
            let css = answer.map { $0.choice == .declined ? "cancelled" : ($0.choice == .accepted ? "done" : "open") } ?? "muted"
            return "<tr><td>\(invitee.name)</td><td>\(invitee.address)</td><td><span class=\"badge \(css)\">\(text)</span></td></tr>"
        }
        return """
            <section class="card" id="invites"><h2>\(say("Invités", "Invitees"))</h2>
            <table><thead><tr><th scope="col">\(say("Nom", "Name"))</th><th scope="col">\(say("Courriel", "Email"))</th><th scope="col">\(say("Réponse", "Answer"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    package static func choice(_ say: Wording, _ choice: InvitationAnswer.Choice) -> String {
        switch choice {
        case .accepted: say("accepte", "accepts")
        case .tentative: say("peut-être", "maybe")
        case .declined: say("décline", "declines")
        }
    }
}
