import Bilingual
import CivilTime
import Delivery
import Foundation
import ICalendar
import Invitations
import PlanModel
import WorkspacePages
import WorkspaceStore

/// A poll's personal links by email: one message per respondent with an address, in their
/// language, with the poll's days in their zone, their link and when the poll closes; sent by
/// the plan's `organizer:` through the invitations' outbox (so retried and listed the same way).
package enum PollMail {
    /// The messages of `links` (respondents without an address get none), or none when the plan
    /// has no organizer to send them from.
    package static func messages(poll: Poll, links: [PollLink], plan: Plan, origin: String, date: Date) -> [OutboxMessage] {
        guard let organizer = plan.organizer else { return [] }
        let from = Participant(email: organizer.email, name: organizer.name)
        let domain = String(organizer.email.split(separator: "@").last ?? "jumelage.invalid")
        let slot = PollSlot(json: poll.details.slot)
        let instant = Instant(secondsSinceEpoch: Int64(date.timeIntervalSince1970))
        return links.compactMap { link -> OutboxMessage? in
            guard let address = link.respondent.details.email, !address.isEmpty else { return nil }
            let respondent = link.respondent.details
            let language = Language(rawValue: respondent.language) ?? .fr
            let say = Wording(language)
            let title = language == .fr ? poll.details.titleFR : poll.details.titleEN
            let days = poll.details.days.map { day in
                CivilDate(iso: day.date).flatMap { date in slot.map { $0.text(startingOn: date, in: respondent.zone, language) } }
                    ?? day.date
            }
            let url = link.url(origin: origin)
            let closes = ISO8601DateFormatter.string(
                from: poll.details.expiresAt, timeZone: TimeZone(identifier: respondent.zone) ?? .gmt, formatOptions: [.withFullDate])
            let subject = say("Sondage : \(title)", "Poll: \(title)")
            let plain =
                [
                    "\(say("Bonjour", "Hello")) \(respondent.name),", "",
                    say(
                        "Quelles dates vous conviendraient pour « \(title) » ? Les heures sont celles de votre fuseau (\(respondent.zone)) :",
                        "Which dates would suit you for “\(title)”? Times are in your time zone (\(respondent.zone)):"),
                ] + days.map { "- \($0)" } + [
                    "", say("Répondez ici (oui, si besoin, non) :", "Answer here (yes, if need be, no):"), url, "",
                    say("Le sondage ferme le \(closes). Ce lien est personnel.", "The poll closes on \(closes). This link is yours alone."),
                    "", from.name ?? from.email,
                ]
            let items: [HTML] = days.map { "<li>\($0)</li>" }
            let html: HTML = """
                <!DOCTYPE html>
                <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(subject)</title></head><body>
                <p>\(say("Bonjour", "Hello")) \(respondent.name),</p>
                <p>\(say("Quelles dates vous conviendraient pour « \(title) » ? Les heures sont celles de votre fuseau (\(respondent.zone)) :", "Which dates would suit you for “\(title)”? Times are in your time zone (\(respondent.zone)):"))</p>
                <ul>\(items)</ul>
                <p><a href="\(url)">\(say("Répondre (oui, si besoin, non)", "Answer (yes, if need be, no)"))</a></p>
                <p>\(say("Le sondage ferme le \(closes). Ce lien est personnel.", "The poll closes on \(closes). This link is yours alone."))</p>
                <p>\(from.name ?? from.email)</p>
                </body></html>
                """
            let mail = SimpleMail(
                from: from, to: Participant(email: address, name: respondent.name), subject: subject, date: instant,
                messageID: SimpleMail.messageID(about: "poll/\(poll.id)/respondent/\(link.respondent.id)", domain: domain),
                plainText: plain.joined(separator: "\r\n") + "\r\n", html: html.description.replacingOccurrences(of: "\n", with: "\r\n"))
            return OutboxMessage(
                uid: "poll/\(poll.id)", sequence: 0, kind: "poll", recipient: address, sender: from.email, messageID: mail.messageID,
                subject: subject, planID: poll.details.planID, bytes: mail.bytes)
        }
    }
}
