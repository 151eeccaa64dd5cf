import FeedModel
import Foundation
import WorkspaceCore
import WorkspacePostgres
import WorkspaceStore

/// The plans of a shared database as files and back: `jumelage export` writes them for the CLI,
/// git and review; `jumelage import` brings files in through the same checks as a save from the
/// workspace (each loads, the workspace still plans) and the same history, in one transaction.
package enum PlanTransfer {
    package enum Outcome: String, Sendable, Hashable, Codable {
        case created, updated, unchanged
    }

    package struct Imported: Sendable, Hashable, Codable {
        package var file: String
        package var outcome: Outcome
    }

    /// Writes every plan of `documents` into `folder` (created if missing), byte for byte: all
    /// written to temporary files first, then renamed into place; files of the folder that are not
    /// plans of the database are left alone. Returns the files written, sorted.
    package static func export(_ documents: any PlanDocumentStore, to folder: String) async throws -> [String] {
        let all = try await documents.documents()
        try AtomicFileWriter.makeFolder(folder)
        try AtomicFileWriter.write(all.map { ((folder as NSString).appendingPathComponent($0.file), Data($0.text.utf8)) })
        return all.map(\.file)
    }

    /// The plan files `paths` name: files as given, folders by their top-level `*.yaml`/`*.yml`.
    package static func files(_ paths: [String]) throws(PlanTransferError) -> [(name: String, path: String)] {
        var files: [(name: String, path: String)] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .missing(path)
            }
            if isFolder.boolValue {
                let names: [String]
                do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                    throw .unreadable(path, reason: error.localizedDescription)
                }
                files += names.filter(PlanFileName.isValid).sorted().map { ($0, (path as NSString).appendingPathComponent($0)) }
            } else {
                let name = (path as NSString).lastPathComponent
                guard PlanFileName.isValid(name) else { throw .notAPlanFile(path) }
                files.append((name, path))
            }
        }
        var seen: Set<String> = []
        for file in files where !seen.insert(file.name).inserted { throw .sameName(file.name) }
        return files
    }

    /// Imports the plan files `paths` into `documents`: all are checked together against the
    /// workspace's plans, then those whose text differs are saved in one transaction, each with a
    /// history entry by `author`. Throws `PlanTransferError` and imports nothing when a file is
    /// unreadable or refused.
    package static func importFiles(
        _ paths: [String], into documents: PostgresPlanDocuments, calendarsDirectory: URL?, author: String, at date: Date
    ) async throws -> [Imported] {
        let workspace = PlanWorkspace(folder: "", documents: documents, calendarsDirectory: calendarsDirectory)
        try await workspace.reload()
        let current = Dictionary(uniqueKeysWithValues: workspace.snapshot.plans.map { ($0.file, $0.document) })
        var texts: [(file: String, text: String)] = []
        for (name, path) in try files(paths) {
            guard let bytes = FileManager.default.contents(atPath: path) else { throw PlanTransferError.unreadable(path, reason: "read") }
            texts.append((name, String(decoding: bytes, as: UTF8.self)))
        }
        let trial = await workspace.preview(texts)
        let issues = await workspace.refusals(of: trial, files: texts.map(\.file))
        guard issues.isEmpty else { throw PlanTransferError.invalid(issues) }
        var writes: [PostgresPlanDocuments.PlanWrite] = []
        var imported: [Imported] = []
        for (file, text) in texts {
            let before = current[file]
            if before?.text == text {
                imported.append(Imported(file: file, outcome: .unchanged))
                continue
            }
            let planID = trial.plans.first { $0.file == file }?.id ?? file
            writes.append(
                .init(
                    file: file, text: text, baseRevision: before?.revision,
                    intent: SaveIntent(
                        planID: planID, userID: nil, author: author, summary: "importé de \(file) / imported from \(file)", eventIDs: [],
                        at: date)))
            imported.append(Imported(file: file, outcome: before == nil ? .created : .updated))
        }
        do {
            _ = try await documents.saveAll(writes)
        } catch let conflict as RevisionConflict {
            throw PlanTransferError.changedMeanwhile(conflict.file)
        }
        return imported
    }
}
