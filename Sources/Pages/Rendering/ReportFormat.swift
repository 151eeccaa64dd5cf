/// The forms of an annual report.
package enum ReportFormat: String, Sendable, CaseIterable {
    case html, markdown

    /// `html` or `md`.
    package var fileExtension: String { self == .html ? "html" : "md" }
}
