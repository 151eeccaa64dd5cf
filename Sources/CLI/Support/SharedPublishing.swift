import Bilingual
import Foundation
import Publishing
import PublishingPostgres
import WorkspacePostgres

/// `jumelage publish … --database postgres://…`: the publication goes into the shared ledger,
/// through a working copy in a temporary folder removed afterwards; with `--out`, its files are
/// also written into that folder.
enum SharedPublishing {
    static func publish(
        _ input: PublicationInput, pages: [PublicationFile], options: PublicationOptions, database: PostgresURL, out: String?,
        format: OutputFormat, language: Language
    ) throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-publish-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try AsyncBody.wait {
            let store = try await PostgresLedger(url: database)
            let shared = try SharedLedger(store: store, cacheFolder: cache, servedFolder: out)
            let outcome = try await shared.publish(input, pages: pages, options: options)
            let report = outcome.report
            switch format {
            case .json: print(String(decoding: report.manifest.encoded(), as: UTF8.self), terminator: "")
            case .text:
                if !outcome.isNew {
                    let number = report.publication.id ?? 0
                    print(
                        language == .fr
                            ? "Rien de nouveau : la publication n° \(number) de \(database.redactedDescription) est à jour."
                            : "Nothing new: publication #\(number) of \(database.redactedDescription) is current.")
                }
                print(report.rendered(in: language), terminator: "")
            }
        }
    }
}
