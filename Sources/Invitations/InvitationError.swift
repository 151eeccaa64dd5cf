import Bilingual

/// Why no invitation can be built for an event, in words a coordinator can act on.
public struct InvitationError: UserFacingError, Hashable, Sendable {
    public var message: LocalizedText
    public var fix: LocalizedText

    init(_ message: LocalizedText, fix: LocalizedText) {
        self.message = message
        self.fix = fix
    }

    public func rendered(in language: Language) -> String {
        let (error, fixLabel) = language == .fr ? ("erreur : ", "correction : ") : ("error: ", "fix: ")
        return error + message.text(in: language) + "\n" + fixLabel + fix.text(in: language)
    }

    static func noOrganizer(plan: String) -> InvitationError {
        InvitationError(
            LocalizedText(
                fr: "le plan « \(plan) » ne nomme pas d'organisateur pour envoyer les invitations",
                en: "plan '\(plan)' names no organizer to send invitations"),
            fix: LocalizedText(
                fr: "ajoutez « organizer: {name: …, email: bureau@ville.exemple} » en tête du plan",
                en: "add 'organizer: {name: …, email: office@city.example}' at the top of the plan"))
    }

    static func notConfirmed(event: String) -> InvitationError {
        InvitationError(
            LocalizedText(
                fr: "l'événement « \(event) » n'est pas confirmé (provisoire ou annulé) : on n'invite qu'à des dates arrêtées",
                en: "event '\(event)' is not confirmed (provisional or cancelled): invitations are for settled dates only"),
            fix: LocalizedText(
                fr: "retirez « provisional: true » une fois les dates arrêtées, ou annulez l'événement",
                en: "remove 'provisional: true' once the dates are settled, or cancel the event"))
    }

    static func series(event: String) -> InvitationError {
        InvitationError(
            LocalizedText(
                fr: "l'événement « \(event) » fait partie d'une série écrite comme une seule règle de répétition",
                en: "event '\(event)' belongs to a series written as one repetition rule"),
            fix: LocalizedText(
                fr: "les invitations aux séries viendront plus tard ; invitez à une occurrence isolée",
                en: "invitations to series come later; invite to a single occurrence"))
    }

    static func negativeSequence(_ sequence: Int) -> InvitationError {
        InvitationError(
            LocalizedText(fr: "la séquence \(sequence) est négative", en: "sequence \(sequence) is negative"),
            fix: LocalizedText(fr: "partez de 0", en: "start from 0"))
    }

    static func calendar(_ detail: String) -> InvitationError {
        InvitationError(
            LocalizedText(fr: "l'invitation ne peut pas s'écrire : \(detail)", en: "the invitation cannot be written: \(detail)"),
            fix: LocalizedText(fr: "corrigez l'événement dans le plan", en: "correct the event in the plan"))
    }
}
