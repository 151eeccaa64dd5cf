import Bilingual
import Foundation
import Hummingbird
import WorkspaceCore
import WorkspacePages

/// The shapes of the workspace's answers.
package enum Responses {
    package static func html(_ page: Page, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Referrer-Policy")!] = "same-origin"
        headers[.init("Content-Security-Policy")!] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        if !cookies.isEmpty { headers[values: .setCookie] = cookies }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page.rendered())))
    }

    /// 303 See Other: after a form, the browser asks for the page again with GET.
    package static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        if !cookies.isEmpty { headers[values: .setCookie] = cookies }
        return Response(status: .seeOther, headers: headers)
    }

    package static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The API's errors: `{"error": {"code": …, "message": …, "fr": …, "en": …, "issues": […]}}`.
    package static func apiError(
        _ status: HTTPResponse.Status, code: String, _ message: LocalizedText, language: Language, issues: [APIIssue] = []
    ) -> Response {
        json(
            APIErrorBody(error: .init(code: code, message: message.text(in: language), fr: message.fr, en: message.en, issues: issues)),
            status: status)
    }

    package static func text(_ text: String, contentType: String, cache: String = "public, max-age=3600") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = cache
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

package struct APIErrorBody: Codable, Sendable {
    package struct Detail: Codable, Sendable {
        package var code: String
        package var message: String
        package var fr: String
        package var en: String
        package var issues: [APIIssue]
    }

    package var error: Detail
}
