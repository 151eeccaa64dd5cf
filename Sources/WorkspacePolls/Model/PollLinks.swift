import Foundation
import WorkspaceStore

/// A respondent's personal link: the token exists only here, at creation (the store keeps its
/// hash), so this is what a page shows once or an email sends.
package struct PollLink: Sendable, Hashable {
    package var respondent: PollRespondent
    package var token: String

    /// The path of the respondent's page.
    package var path: String { "/sondage/\(token)" }

    /// The whole address, on `origin` (such as `https://jumelage.example.org`).
    package func url(origin: String) -> String {
        (origin.hasSuffix("/") ? String(origin.dropLast()) : origin) + path
    }
}

/// Creates polls and their personal links.
package enum PollLinks {
    /// Stores the poll with one respondent per invitee, each with a new 256-bit token, and returns
    /// each respondent's link, in the invitees' order: the only moment the tokens are known.
    package static func create(
        _ poll: NewPoll, invitees: [PollInvitee], in store: any PollStore
    ) async throws -> (
        poll: Poll, links: [PollLink]
    ) {
        let tokens = invitees.map { _ in TokenHash.randomToken() }
        let respondents = zip(invitees, tokens).map { invitee, token in
            NewPollRespondent(
                name: invitee.name, personID: invitee.personID, email: invitee.email, zone: invitee.zone,
                language: invitee.language.rawValue, kind: invitee.kind, tokenHash: TokenHash.sha256Hex(token))
        }
        let created = try await store.createPoll(poll, respondents: respondents)
        return (created.poll, zip(created.respondents, tokens).map { PollLink(respondent: $0, token: $1) })
    }
}
