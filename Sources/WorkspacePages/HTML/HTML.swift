import WorkspaceCore
/// A piece of HTML. Text interpolated into it is escaped; only other `HTML` values go in as they
/// are. So a title from a plan or a form can never become markup: escaping is the default, not
/// something a page must remember.
package struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    package private(set) var raw: String

    package init(stringLiteral value: String) { raw = value }

    package init(stringInterpolation: Interpolation) { raw = stringInterpolation.raw }

    /// Markup written by this program (never text that came from outside).
    package init(trusted raw: String) { self.raw = raw }

    package static let empty = HTML(trusted: "")

    package var description: String { raw }

    package struct Interpolation: StringInterpolationProtocol {
        var raw = ""

        package init(literalCapacity: Int, interpolationCount: Int) { raw.reserveCapacity(literalCapacity * 2) }

        package mutating func appendLiteral(_ literal: String) { raw += literal }

        package mutating func appendInterpolation(_ html: HTML) { raw += html.raw }

        package mutating func appendInterpolation(_ html: [HTML]) { for part in html { raw += part.raw } }

        package mutating func appendInterpolation(_ text: String) { raw += HTML.escape(text) }

        package mutating func appendInterpolation(_ text: Substring) { raw += HTML.escape(String(text)) }

        package mutating func appendInterpolation(_ number: Int) { raw += String(number) }

        package mutating func appendInterpolation(_ number: Int64) { raw += String(number) }

        /// `attribute` with no value when true, nothing when false (`checked`, `selected`, `disabled`).
        package mutating func appendInterpolation(flag: Bool, _ attribute: String) { if flag { raw += " " + attribute } }
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    package static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.raw + rhs.raw) }

    package static func += (lhs: inout HTML, rhs: HTML) { lhs.raw += rhs.raw }
}

extension Array where Element == HTML {
    package func joined(separator: HTML = .empty) -> HTML {
        HTML(trusted: map(\.raw).joined(separator: separator.raw))
    }
}
