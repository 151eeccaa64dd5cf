import Foundation
import Hummingbird

/// RFC 9110 §13: whether a GET or HEAD may be answered 304 Not Modified.
enum ConditionalRequest {
    /// If-None-Match, when present, decides alone (weak comparison, `*` matches); otherwise
    /// If-Modified-Since is compared with the feed's Last-Modified, to the second.
    static func notModified(_ headers: HTTPFields, entityTags: [String], lastModified: Int64) -> Bool {
        let matches = headers[values: .ifNoneMatch]
        if !matches.isEmpty {
            for list in matches {
                for candidate in list.split(separator: ",") {
                    let tag = candidate.trimmingCharacters(in: .whitespaces)
                    if tag == "*" { return true }
                    let opaque = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
                    if entityTags.contains(opaque) { return true }
                }
            }
            return false
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }
}
