import Foundation
import Hummingbird
import WorkspaceCore

/// The fields of an `application/x-www-form-urlencoded` body (or a query string), in order; a
/// name may repeat (checkboxes).
package struct FormData: Sendable {
    package private(set) var fields: [(name: String, value: String)]

    package init(encoded: String) {
        fields = encoded.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Reads a form body of at most `limit` bytes.
    package static func read(_ request: Request, limit: Int = 1 << 20) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: limit)
        return FormData(encoded: String(buffer: buffer))
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    package subscript(_ name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// The value as sent (not trimmed): text areas keep their layout.
    package func raw(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every non-empty value of `name`.
    package func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    package func has(_ name: String) -> Bool { fields.contains { $0.name == name } }
}
