import Bilingual
import CivilTime
import ICalendar
import PlanModel
import Scheduling

/// The subject and the text and HTML bodies of an invitation, in the plan's language.
struct InvitationWording {
    let language: Language

    private func text(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func subject(for change: InvitationChange, of event: InvitedEvent, timing: Timing) -> String {
        let title = event.title.text(in: language)
        let label: String
        switch change {
        case .request: label = text("Invitation", "Invitation")
        case .update: label = text("Invitation mise à jour", "Updated invitation")
        case .cancel: label = text("Annulé", "Cancelled")
        case .removeInvitee: label = text("Invitation retirée", "Invitation withdrawn")
        }
        return "\(label) : \(title) (\(date(timing.firstDate)))".frenchColon(language)
    }

    /// Online for a virtual event; else its written place, or its host's name.
    static func place(of event: ScheduledEvent, in plan: Plan) -> LocalizedText? {
        if event.mode == .virtual { return LocalizedText(fr: "En ligne", en: "Online") }
        if let place = event.place { return LocalizedText(fr: place, en: place) }
        return event.hostID.flatMap(plan.partner)?.name
    }

    /// « le 11 juin 2024, de 10 h 00 à 11 h 30 (America/Toronto) », « du 3 au 7 mai 2025 »…
    func when(_ timing: Timing) -> String {
        switch timing {
        case .allDay(let range):
            if range.first == range.last { return text("le ", "on ") + date(range.first) }
            return text("du \(date(range.first)) au \(date(range.last))", "from \(date(range.first)) to \(date(range.last))")
        case .timed(let start, let end, let zone):
            if start.date == end.date {
                return text(
                    "le \(date(start.date)), de \(time(start.time)) à \(time(end.time)) (\(zone))",
                    "on \(date(start.date)), \(time(start.time))–\(time(end.time)) (\(zone))")
            }
            return text(
                "du \(date(start.date)) à \(time(start.time)) au \(date(end.date)) à \(time(end.time)) (\(zone))",
                "from \(date(start.date)) at \(time(start.time)) to \(date(end.date)) at \(time(end.time)) (\(zone))")
        }
    }

    private func date(_ day: CivilDate) -> String { language == .fr ? FrenchDate.long(day) : EnglishDate.long(day) }

    private func time(_ time: TimeOfDay) -> String {
        let minutes = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        return language == .fr ? "\(time.hour) h \(minutes)" : "\(time.hour):\(minutes)"
    }

    /// Paragraphs, each a list of lines; the plain text and the HTML say the same.
    /// `answerLink`: the invitee's page to accept or decline (requests and updates only).
    func body(
        for change: InvitationChange, of event: InvitedEvent, timing: Timing, invitee: Participant, organizer: Participant,
        answerLink: String? = nil
    )
        -> (plain: String, html: String)
    {
        let title = event.title.text(in: language)
        let greeting = text("Bonjour", "Hello") + (invitee.name.map { " \($0)," } ?? ",")
        let lead: String
        switch change {
        case .request: lead = text("Vous êtes invité(e) à « \(title) ».", "You are invited to “\(title)”.")
        case .update: lead = text("L'invitation à « \(title) » a changé.", "The invitation to “\(title)” has changed.")
        case .cancel: lead = text("« \(title) » est annulé.", "“\(title)” is cancelled.")
        case .removeInvitee:
            lead = text("Vous ne figurez plus parmi les invités de « \(title) ».", "You are no longer invited to “\(title)”.")
        }
        var details = ["\(text("Quand", "When")) : \(when(timing))".frenchColon(language)]
        if let place = event.place?.text(in: language) { details.append("\(text("Lieu", "Where")) : \(place)".frenchColon(language)) }
        if let description = event.description?.text(in: language) {
            details += description.split(whereSeparator: \.isNewline).map(String.init)
        }
        let sender = organizer.name.map { "\($0) <\(organizer.email)>" } ?? organizer.email
        var closing = ["\(text("Organisé par", "Organised by")) : \(sender)".frenchColon(language)]
        switch change {
        case .request, .update:
            closing.append(
                text(
                    "Répondez depuis votre agenda (accepter, refuser, peut-être).",
                    "Answer from your calendar (accept, decline, maybe)."))
            if let answerLink {
                closing.append("\(text("ou ici", "or here")) : \(answerLink)".frenchColon(language))
            }
        case .cancel, .removeInvitee:
            closing.append(
                text(
                    "Votre agenda retire l'événement à l'ouverture de ce message.",
                    "Your calendar removes the event when you open this message."))
        }
        let paragraphs = [[greeting], [lead], details, closing]
        let plain = paragraphs.map { $0.joined(separator: "\r\n") }.joined(separator: "\r\n\r\n") + "\r\n"
        let htmlParagraphs = paragraphs.map { lines in
            "<p>"
                + lines.map { line in
                    guard let answerLink, line.hasSuffix(answerLink) else { return Self.escapeHTML(line) }
                    let label = String(line.dropLast(answerLink.count))
                    return Self.escapeHTML(label) + "<a href=\"" + Self.escapeHTML(answerLink) + "\">" + Self.escapeHTML(answerLink)
                        + "</a>"
                }.joined(separator: "<br>\r\n") + "</p>"
        }
        let html =
            "<!DOCTYPE html>\r\n<html lang=\"\(language.rawValue)\">\r\n<head><meta charset=\"utf-8\"><title>"
            + Self.escapeHTML(subject(for: change, of: event, timing: timing)) + "</title></head>\r\n<body>\r\n"
            + htmlParagraphs.joined(separator: "\r\n") + "\r\n</body>\r\n</html>\r\n"
        return (plain, html)
    }

    static func escapeHTML(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
