/// The forms of an annual report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, markdown

    /// `html` or `md`.
    public var fileExtension: String { self == .html ? "html" : "md" }
}
