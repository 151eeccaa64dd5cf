import TestSupport
import CivilTime
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization

@testable import FeedServer
@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling
@testable import Publishing

/// A publication folder made by the real publisher, a store over it, and an application to test.
final class ServerFixture: Sendable {
    static let publicFeed = "essai-public.ics"
    static let coordinatorsFeed = "essai-coordinators.ics"
    static let namurFeed = "essai-partner-namur.ics"

    let root: String
    var feeds: String { (root as NSString).appendingPathComponent("feeds") }
    var ledgerPath: String { (root as NSString).appendingPathComponent("ledger.sqlite") }

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-serve-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static func plan(committeeDate: String = "2027-03-10", title: String = "Plan d'essai", extra: String = "") -> String {
        """
        jumelage: 1
        id: essai
        title: {fr: "\(title)", en: Test plan}
        language: fr
        revision: 2026-12-01T09:00:00Z
        horizon: {from: 2024-01-01, to: 2027-12-31}
        partners:
          - id: quebec
            name: Ville de Québec
            country: CA
            timezone: America/Toronto
          - id: namur
            name: Ville de Namur
            country: BE
            timezone: Europe/Brussels
        events:
          - id: comite
            title: {fr: Comité de suivi, en: Follow-up committee}
            start: \(committeeDate)T10:00
            duration: 2h
            host: namur
            audiences: [public]
          - id: interne
            title: {fr: Réunion interne, en: Internal meeting}
            date: 2027-02-15
            host: quebec
            audiences: [coordinators]
        \(extra)
        """
    }

    @discardableResult
    func publish(_ yaml: String = ServerFixture.plan(), at time: String = "2027-01-10T10:00:00Z") throws -> PublicationReport {
        let plan = try PlanLoader.load(data: Data(yaml.utf8), file: "essai.yaml")
        let options = PublicationOptions(
            outputDirectory: feeds, ledgerPath: ledgerPath, publishedBy: "tests",
            now: Instant(secondsSinceEpoch: PublicationManifest.seconds(time)!))
        return try FeedPublisher(options: options).publish(PublicationInput(WorkspacePlanner.plan([plan])))
    }

    func bytes(_ name: String) -> Data {
        FileManager.default.contents(atPath: (feeds as NSString).appendingPathComponent(name)) ?? Data()
    }

    func ledger() throws -> PublicationLedger { try PublicationLedger(path: ledgerPath) }

    func store(logger: Logger = Logger(label: "test")) -> FeedStore {
        let store = FeedStore(directory: feeds, logger: logger)
        store.reload(force: true)
        return store
    }

    func application(_ store: FeedStore, logger: Logger = Logger(label: "test")) throws -> some ApplicationProtocol {
        Application(
            router: try buildRouter(store: store, fallbackHost: "calendriers.example.org"),
            server: .http1(configuration: ServerLimits.http1), logger: logger)
    }
}

/// Collects log lines, with their metadata, to check what reaches a log.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "capture") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    fileprivate func append(_ line: String) { lines.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
            capture.append(
                "\(event.level) \(event.message) \(all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
    }
}

extension TestResponse {
    /// Headers without Date, which moves with the clock.
    var stableHeaders: [String] {
        headers.filter { $0.name != .date }.map { "\($0.name.canonicalName): \($0.value)" }.sorted()
    }
}
