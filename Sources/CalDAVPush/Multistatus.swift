import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The resources of a WebDAV `207 Multi-Status` answer (RFC 4918 §13) with the properties a push
/// reads: ETag and whether it is a calendar collection. Hrefs are paths, percent-decoded.
struct Multistatus {
    struct Resource: Equatable {
        var href: String
        var etag: String?
        var isCalendar = false
        var isCollection = false
    }

    var resources: [Resource]

    /// Throws `Multistatus.Unreadable` when `data` is not a multistatus document.
    init(_ data: Data) throws {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse(), reader.closedMultistatus else {
            throw Unreadable(reason: parser.parserError.map { String(describing: $0) } ?? "not a DAV:multistatus document")
        }
        resources = reader.resources
    }

    struct Unreadable: Error {
        var reason: String
    }

    /// A path from an href that may be a full URL, percent-decoded.
    static func path(of href: String) -> String {
        var path = href.trimmingCharacters(in: .whitespacesAndNewlines)
        if let url = URLComponents(string: path), url.scheme != nil {
            path = url.percentEncodedPath
        }
        return path.removingPercentEncoding ?? path
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var resources: [Resource] = []
        /// The document ran to its `</multistatus>` (Foundation's parser accepts a cut document).
        var closedMultistatus = false
        private var current: Resource?
        private var propstatOK = true
        private var propstat: (etag: String?, isCalendar: Bool, isCollection: Bool) = (nil, false, false)
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            text = ""
            switch (namespaceURI, elementName) {
            case ("DAV:", "response"): current = Resource(href: "")
            case ("DAV:", "propstat"):
                propstatOK = true
                propstat = (nil, false, false)
            case ("DAV:", "collection"): propstat.isCollection = true
            case ("urn:ietf:params:xml:ns:caldav", "calendar"): propstat.isCalendar = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard namespaceURI == "DAV:" else { return }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch elementName {
            case "multistatus": closedMultistatus = true
            case "href" where current != nil && current?.href == "":
                current?.href = Multistatus.path(of: value)
            case "getetag": propstat.etag = value.isEmpty ? nil : value
            case "status": propstatOK = value.split(separator: " ").dropFirst().first == "200"
            case "propstat" where propstatOK:
                guard var resource = current else { break }
                if let etag = propstat.etag { resource.etag = etag }
                resource.isCalendar = resource.isCalendar || propstat.isCalendar
                resource.isCollection = resource.isCollection || propstat.isCollection
                current = resource
            case "response":
                if let current, !current.href.isEmpty { resources.append(current) }
                current = nil
            default: break
            }
            text = ""
        }
    }
}
