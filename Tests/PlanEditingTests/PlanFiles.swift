import Foundation
import PlanFormat
import TestSupport

@testable import PlanEditing

/// The real plans of `calendars/`.
enum PlanFiles {
    static let names: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: Repository.calendars.path)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func text(_ name: String) -> String {
        (try? String(contentsOfFile: Repository.calendars.appendingPathComponent(name).path, encoding: .utf8)) ?? ""
    }

    /// Whether the project's loader accepts `text` as a plan; the error otherwise.
    static func loadError(_ text: String) -> String? {
        do {
            _ = try PlanLoader.load(data: Data(text.utf8), file: "edited.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }
}

extension PlanText {
    func span(_ section: String, _ id: String) -> ClosedRange<Int>? {
        guard let item = index.section(section)?.items.first(where: { $0.id == id }) else { return nil }
        return item.startLine...item.lastLine
    }

    func chunk(_ section: String, _ id: String) -> ClosedRange<Int>? {
        guard let item = index.section(section)?.items.first(where: { $0.id == id }) else { return nil }
        return item.attachedStart...item.lastLine
    }
}
