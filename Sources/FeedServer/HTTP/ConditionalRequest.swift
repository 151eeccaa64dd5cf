import Foundation
import Hummingbird

/// RFC 9110 §13: whether a GET or HEAD may be answered 304 Not Modified.
enum ConditionalRequest {
    /// If-None-Match, when present, decides alone (weak comparison, `*` matches); otherwise
    /// If-Modified-Since is compared with the feed's Last-Modified, to the second.
    static func notModified(_ headers: HTTPFields, entityTag: String, gzipEntityTag: String, lastModified: Int64) -> Bool {
        var sawIfNoneMatch = false
        for field in headers where field.name == .ifNoneMatch {
            sawIfNoneMatch = true
            let value = field.value
            // What a reader sends back is, nearly always, exactly the tag it was given.
            if value == entityTag || value == gzipEntityTag { return true }
            for candidate in value.utf8.split(separator: UInt8(ascii: ",")) {
                var tag = Substring(candidate).trimmingCharacters(in: .whitespaces)[...]
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
                if tag == entityTag || tag == gzipEntityTag { return true }
            }
        }
        if sawIfNoneMatch { return false }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }
}
