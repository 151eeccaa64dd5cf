import CivilTime
import ICalendar
import Scheduling

/// A plain email in the invitations' way of writing (deterministic bytes, RFC 5322 and
/// 2045–2047): a text and an HTML part that say the same, no calendar. For the workspace's other
/// messages, such as a poll's personal link.
public struct SimpleMail: Hashable, Sendable {
    public var from: Participant
    public var to: Participant
    public var subject: String
    public var date: Instant
    /// Without angle brackets.
    public var messageID: String
    public var plainText: String
    public var html: String

    public init(
        from: Participant, to: Participant, subject: String, date: Instant, messageID: String, plainText: String, html: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.plainText = plainText
        self.html = html
    }

    public var bytes: [UInt8] { Array(MailWriter.simple(self).utf8) }

    /// `<message-id>` for a message about `subject` (such as `poll/12/respondent/4`): a name-based
    /// UUID, so the same message always has the same id.
    public static func messageID(about subject: String, domain: String) -> String {
        StableIdentifier.uuid(for: subject) + "@" + domain
    }
}
