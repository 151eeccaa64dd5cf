import Bilingual

/// A resource the push left alone because someone else changed it: reported with its href, never
/// overwritten nor deleted (unless the push is told to overwrite).
package struct CalDAVConflict: Sendable, Hashable, Codable {
    package enum Reason: String, Sendable, Hashable, Codable {
        /// The server's ETag is not the one our last write got.
        case changedOnServer
        /// We wrote it, and it is gone from the server while still in the feed.
        case deletedOnServer
        /// The server has a resource at the href of one of our events that we never wrote.
        case notPushedByUs
        /// The server refused our conditional request (412): it changed between listing and writing.
        case preconditionFailed
    }

    package var href: String
    package var uid: String
    package var reason: Reason

    package init(href: String, uid: String, reason: Reason) {
        self.href = href
        self.uid = uid
        self.reason = reason
    }

    package func rendered(in language: Language) -> String {
        let fr = language == .fr
        switch reason {
        case .changedOnServer:
            return fr
                ? "\(href) : modifié sur le serveur par quelqu'un d'autre ; laissé tel quel"
                : "\(href): changed on the server by someone else; left as it is"
        case .deletedOnServer:
            return fr
                ? "\(href) : supprimé sur le serveur par quelqu'un d'autre ; pas recréé"
                : "\(href): deleted on the server by someone else; not created again"
        case .notPushedByUs:
            return fr
                ? "\(href) : existe sur le serveur sans venir de Jumelage ; laissé tel quel"
                : "\(href): on the server, not from Jumelage; left as it is"
        case .preconditionFailed:
            return fr
                ? "\(href) : changé sur le serveur pendant la poussée (412) ; laissé tel quel"
                : "\(href): changed on the server during the push (412); left as it is"
        }
    }
}
