import CivilTime
import ICalendar

/// One invitation email (RFC 6047) to one invitee, ready for an outbox.
public struct InvitationMessage: Hashable, Sendable {
    public var from: Participant
    public var to: Participant
    public var subject: String
    /// The Date header; also the DTSTAMP of the calendar.
    public var date: Instant
    /// Without angle brackets: `…@domain`.
    public var messageID: String
    /// `REQUEST` or `CANCEL`: the `method` parameter of the text/calendar part.
    public var method: String
    public var plainText: String
    public var html: String
    /// The iCalendar object (CRLF lines), sent as text/calendar and as the `invitation.ics` attachment.
    public var calendar: String

    /// The whole message, CRLF line ends, 7-bit: headers (RFC 5322, RFC 2047 for non-ASCII
    /// words), then
    ///
    ///     multipart/mixed
    ///       multipart/alternative
    ///         text/plain; charset=UTF-8
    ///         text/html; charset=UTF-8
    ///         text/calendar; method=…; charset=UTF-8
    ///       application/ics; name="invitation.ics" (attachment)
    ///
    /// Every body part is base64, so no line is longer than 76 octets and no boundary can
    /// occur in a body.
    public var bytes: [UInt8] { Array(MailWriter.message(self).utf8) }

    /// A file name for the message: `<message-id local part>.eml`.
    public var fileName: String {
        String(messageID.split(separator: "@").first ?? "message") + ".eml"
    }
}
