import Bilingual
import Foundation

@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling
@testable import FeedModel
@testable import Feeds
@testable import Mobility
@testable import Publishing

/// Feeds built from the real plans and from inline samples, with helpers to read their lines.
enum FeedSamples {
    static func feeds(_ plans: [Plan], language: Language? = nil) throws -> [Feed] {
        try FeedBuilder(language: language).feeds(for: Scheduler.schedule(plans))
    }

    static func realFeeds() throws -> [Feed] {
        try feeds(PlanLoader.load(paths: PlanSamples.realPlanFiles))
    }

    static func feed(_ feeds: [Feed], _ name: String) -> Feed? {
        feeds.first { $0.fileName == name }
    }

    /// Content lines with folding undone.
    static func unfolded(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            if line.hasPrefix(" "), !lines.isEmpty { lines[lines.count - 1] += line.dropFirst() } else { lines.append(line) }
        }
        return lines
    }

    /// The unfolded lines of each VEVENT.
    static func events(_ text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String]?
        for line in unfolded(text) {
            if line == "BEGIN:VEVENT" {
                current = []
            } else if line == "END:VEVENT" {
                result.append(current ?? [])
                current = nil
            } else {
                current?.append(line)
            }
        }
        return result
    }

    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { line in
            String(line[line.index(after: line.firstIndex(of: ":")!)...])
        }
    }
}
