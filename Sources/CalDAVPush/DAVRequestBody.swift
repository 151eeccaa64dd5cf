/// The XML bodies of the WebDAV and CalDAV requests a push sends.
enum DAVRequestBody {
    static let resourceType = """
        <?xml version="1.0" encoding="utf-8"?>
        <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>
        """

    static let etag = """
        <?xml version="1.0" encoding="utf-8"?>
        <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>
        """

    /// MKCALENDAR (RFC 4791 §5.3.1) with a display name and VEVENT as the only component.
    static func makeCalendar(displayName: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>\
        <d:displayname>\(escaped(displayName))</d:displayname>\
        <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>\
        </d:prop></d:set></c:mkcalendar>
        """
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
