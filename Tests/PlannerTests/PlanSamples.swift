import Bilingual
import Foundation
import TestSupport

@testable import YAMLReading
@testable import PlanModel
@testable import PlanFormat

/// Small plans written inline so that each test shows the lines its locations point at.
enum PlanSamples {
    static let header = """
        jumelage: 1
        id: essai
        title: {fr: Plan d'essai, en: Test plan}
        language: fr
        revision: 2024-01-15T09:00:00Z
        horizon: {from: 2024-01-01, to: 2026-12-31}
        partners:
          - id: quebec
            name: Ville de Québec
            country: CA
            timezone: America/Toronto
            holidays: [CA-QC]
            coordinates: [46.8139, -71.2080]
          - id: namur
            name: Ville de Namur
            country: BE
            timezone: Europe/Brussels
            coordinates: [50.4674, 4.8718]
        people:
          - id: maire
            name: Bruno Marchand
            role: Maire
            partner: quebec
            email: maire@example.org
            phone: "+1 418 555 0100"
        domains:
          - id: culture
            name: {fr: "Culture, francophonie; arts", en: "Culture, Francophonie; arts"}
        ties:
          - id: jumelage
            kind: twinning
            partners: [quebec, namur]
            signed: 1999-10-28
            anniversaries: {every: 5}

        """

    /// The header followed by an `events:` section.
    static func plan(events: String) -> String {
        header + "events:\n" + events
    }

    static func load(_ text: String, file: String = "essai.yaml") throws -> Plan {
        try PlanLoader.load(data: Data(text.utf8), file: file)
    }

    /// The issues a plan is refused with; empty when it loads.
    static func issues(_ text: String) -> [SourceIssue] {
        do {
            _ = try load(text)
            return []
        } catch let error as SourceError {
            return error.issues
        } catch {
            return [SourceIssue(SourceLocation(file: "?", line: 0, column: 0), LocalizedText("\(error)"))]
        }
    }

    static var repositoryRoot: URL { Repository.root }

    static var realPlanFiles: [String] {
        ["quebec-namur-2024-2026", "terrebonne-namur-2024-2026", "france-quebec-cooperation", "quebec-international"].map {
            repositoryRoot.appendingPathComponent("calendars/\($0).yaml").path
        }
    }
}

extension PlanSamples {
    /// 1-based line and column of the nth line holding `marker` in `text`.
    static func position(of marker: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int) {
        let lines = text.components(separatedBy: "\n")
        var seen = 0
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: marker) {
                seen += 1
                if seen == occurrence { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
            }
        }
        fatalError("marker \(marker) not in text")
    }
}
