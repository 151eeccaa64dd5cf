import Foundation
import YAMLReading

extension CalendarSource {
    /// Mistakes listed per file; past this many the rest are left out.
    static let maximumIssues = 50

    /// What `body` reads from the file's top-level mapping, whose allowed keys are `keys`.
    /// `body` reports its mistakes to the mapping's reader; when there is any, or when the file
    /// is not a YAML mapping at all, a `SourceError` lists them all instead. `firstLine` is how
    /// such a file starts, for the message about an empty file.
    func read<Value>(keys: [String], firstLine: String, _ body: (MappingReader) -> Value?) throws -> Value {
        let root = try YAMLDocument.root(
            of: text, file: path, nodeBudget: YAMLReader.defaultNodeBudget,
            wording: .calendarData(firstLine: firstLine))
        let reader = YAMLReader(file: path)
        let value = reader.mapping(root, context: (path as NSString).lastPathComponent, keys: keys).flatMap(body)
        guard reader.issues.isEmpty, let value else {
            throw SourceError(listing: reader.issues, limit: CalendarSource.maximumIssues)
        }
        return value
    }
}
