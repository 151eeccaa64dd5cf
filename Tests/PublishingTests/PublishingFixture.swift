import TestSupport
import CivilTime
import Foundation

@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling
@testable import Publishing

/// A small plan in 2027 whose events a test moves and removes, published into a temporary folder
/// at chosen times.
enum PublishingFixture {
    static let planID = "essai"

    static let comite = """
          - id: comite
            kind: committee
            title: {fr: Comité de suivi, en: Follow-up committee}
            start: 2027-03-10T10:00
            duration: 2h
            host: namur
            audiences: [public]

        """
    static let comiteMoved = comite.replacingOccurrences(of: "2027-03-10T10:00", with: "2027-03-17T10:00")
    static let comiteRenamed = comite.replacingOccurrences(of: "Comité de suivi,", with: "Comité de suivi élargi,")

    static let mission = """
          - id: mission
            kind: mission
            title: {fr: Mission à Québec, en: Mission to Québec}
            dates: {from: 2027-05-03, to: 2027-05-07}
            host: quebec
            origin: namur
            audiences: [public]
            alarm: 3

        """

    static let webinaire = """
          - id: webinaire
            title: {fr: Webinaire des partenaires, en: Partners' webinar}
            start: 2027-04-01T15:00
            duration: 1h
            host: quebec
            repeat: {every: month, count: 3}
            audiences: [public]

        """

    static let interne = """
          - id: interne
            title: {fr: Réunion interne, en: Internal meeting}
            date: 2027-02-15
            host: quebec
            audiences: [coordinators]

        """

    static let ancien = """
          - id: ancien
            title: {fr: Ancienne visite, en: Old visit}
            date: 2024-02-15
            host: quebec
            audiences: [public]

        """

    static func plan(_ events: [String], partners: [String] = ["quebec", "namur"]) -> String {
        let known = [
            "quebec": "  - id: quebec\n    name: Ville de Québec\n    country: CA\n    timezone: America/Toronto\n",
            "namur": "  - id: namur\n    name: Ville de Namur\n    country: BE\n    timezone: Europe/Brussels\n",
            "terrebonne": "  - id: terrebonne\n    name: Ville de Terrebonne\n    country: CA\n    timezone: America/Toronto\n",
        ]
        return """
            jumelage: 1
            id: \(planID)
            title: {fr: Plan d'essai, en: Test plan}
            language: fr
            revision: 2026-12-01T09:00:00Z
            horizon: {from: 2024-01-01, to: 2027-12-31}
            partners:
            \(partners.compactMap { known[$0] }.joined())
            events:
            \(events.joined())
            """
    }

    static func result(_ yaml: String) throws -> PlanningResult {
        let plan = try PlanLoader.load(data: Data(yaml.utf8), file: "\(planID).yaml")
        return try WorkspacePlanner.plan([plan])
    }

    static func instant(_ text: String) -> Instant {
        Instant(secondsSinceEpoch: PublicationManifest.seconds(text)!)
    }

    /// A fresh folder holding `feeds/` and the ledger, removed when the test is done with it.
    final class Workspace: Sendable {
        let root: String
        var feeds: String { (root as NSString).appendingPathComponent("feeds") }
        var ledger: String { (root as NSString).appendingPathComponent("ledger.sqlite") }

        init() {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-publishing-\(UUID().uuidString)").path
            try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    static func workspace() -> Workspace { Workspace() }

    static func options(_ workspace: Workspace, at time: String, keepPastDays: Int = 365) -> PublicationOptions {
        PublicationOptions(
            outputDirectory: workspace.feeds, ledgerPath: workspace.ledger, keepPastDays: keepPastDays,
            publishedBy: "tests", now: instant(time))
    }

    @discardableResult
    static func publish(
        _ events: [String], into workspace: Workspace, at time: String,
        partners: [String] = ["quebec", "namur"], keepPastDays: Int = 365
    ) throws -> PublicationReport {
        try FeedPublisher(options: options(workspace, at: time, keepPastDays: keepPastDays))
            .publish(PublicationInput(result(plan(events, partners: partners))))
    }

    static func feed(_ name: String, in workspace: Workspace) -> String {
        String(
            decoding: FileManager.default.contents(atPath: (workspace.feeds as NSString).appendingPathComponent(name)) ?? Data(),
            as: UTF8.self)
    }

    static func publicFeed(_ workspace: Workspace) -> String {
        feed("\(planID)-public.ics", in: workspace)
    }

    /// The VEVENT blocks of a feed, exactly as written, by their (unfolded) SUMMARY.
    static func events(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for block in VEventBlocks.split(text).values {
            if let summary = value("SUMMARY", in: block) { result[summary] = block }
        }
        return result
    }

    /// A property's value in a VEVENT block, folding undone.
    static func value(_ name: String, in block: String) -> String? {
        var lines: [String] = []
        for line in block.components(separatedBy: "\r\n") {
            if line.hasPrefix(" "), !lines.isEmpty { lines[lines.count - 1] += line.dropFirst() } else { lines.append(line) }
        }
        return lines.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { line in
            String(line[line.index(after: line.firstIndex(of: ":")!)...])
        }
    }
}
