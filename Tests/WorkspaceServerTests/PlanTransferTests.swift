import Foundation
import TestSupport
import Testing
import WorkspacePostgres
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspaceServer

/// `jumelage export` and `jumelage import` on a shared database: byte for byte out, checked and
/// recorded in, all or nothing.
@Suite(.enabled(if: SharedDatabase.serverURL != nil))
struct PlanTransferTests {
    @Test func exportWritesThePlansByteForByteAndImportBringsChangesBackWithTheirHistory() async throws {
        let database = try await SharedDatabase()
        let fixture = try await WorkspaceFixture(database: database.url)
        let documents = try #require(fixture.services.workspace.documents as? PostgresPlanDocuments)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }

        let exported = try await PlanTransfer.export(documents, to: out.path)
        #expect(exported == WorkspaceFixture.planFiles)
        for file in WorkspaceFixture.planFiles {
            #expect(
                try Data(contentsOf: out.appendingPathComponent(file))
                    == Data(contentsOf: Repository.calendars.appendingPathComponent(file)))
        }

        let changedFile = out.appendingPathComponent("quebec-namur-2024-2026.yaml")
        let changed = try String(contentsOf: changedFile, encoding: .utf8) + "# revu par Marie\r\n"
        try changed.write(to: changedFile, atomically: true, encoding: .utf8)
        let newPlan = InvitationAnswerRouteTests.plan
        try newPlan.write(to: out.appendingPathComponent("invitations.yaml"), atomically: true, encoding: .utf8)
        let imported = try await PlanTransfer.importFiles(
            [out.path], into: documents, calendarsDirectory: nil, author: "Marie", at: WorkspaceFixture.now)
        #expect(
            imported == [
                .init(file: "france-quebec-cooperation.yaml", outcome: .unchanged), .init(file: "invitations.yaml", outcome: .created),
                .init(file: "quebec-international.yaml", outcome: .unchanged),
                .init(file: "quebec-namur-2024-2026.yaml", outcome: .updated),
                .init(file: "terrebonne-namur-2024-2026.yaml", outcome: .unchanged),
            ])
        #expect(try await documents.document(file: "quebec-namur-2024-2026.yaml")?.text == changed)
        #expect(try await documents.document(file: "invitations.yaml")?.text == newPlan)
        let history = try await fixture.services.store.history(planID: "quebec-namur-2024-2026", eventID: nil, limit: 5)
        #expect(history.map(\.author) == ["Marie"])
        #expect(history.first?.after == changed)
        #expect(try await fixture.services.store.history(planID: "invitations", eventID: nil, limit: 5).map(\.beforeRevision) == [""])

        let again = try await PlanTransfer.importFiles(
            [out.path], into: documents, calendarsDirectory: nil, author: "Marie", at: WorkspaceFixture.now)
        #expect(again.allSatisfy { $0.outcome == .unchanged })
    }

    @Test func aRefusedFileImportsNothing() async throws {
        let database = try await SharedDatabase()
        let fixture = try await WorkspaceFixture(database: database.url)
        let documents = try #require(fixture.services.workspace.documents as? PostgresPlanDocuments)
        let before = try await documents.documents()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = before.first { $0.file == "quebec-namur-2024-2026.yaml" }!.text + "# bon\n"
        try good.write(to: folder.appendingPathComponent("quebec-namur-2024-2026.yaml"), atomically: true, encoding: .utf8)
        let broken = InvitationAnswerRouteTests.plan.replacingOccurrences(of: "duration: 1h30", with: "duration: une heure")
        try broken.write(to: folder.appendingPathComponent("invitations.yaml"), atomically: true, encoding: .utf8)

        do {
            _ = try await PlanTransfer.importFiles(
                [folder.path], into: documents, calendarsDirectory: nil, author: "Marie", at: WorkspaceFixture.now)
            Issue.record("imported a broken plan")
        } catch let error as PlanTransferError {
            let text = error.rendered(in: .en)
            #expect(text.contains("invitations.yaml:19:15: error: invalid duration"), "\(text)")
            #expect(text.hasSuffix("nothing was imported"))
        }
        #expect(try await documents.documents() == before)
        #expect(try await fixture.services.store.history(planID: "quebec-namur-2024-2026", eventID: nil, limit: 5).isEmpty)
    }

    @Test(arguments: [
        (["README.md"], "README.md: not a plan file"), (["a/x.yaml", "b/x.yaml"], "two files are named x.yaml"),
        (["absent.yaml"], "absent.yaml: no such file or folder"),
    ])
    func pathsThatAreNotPlans(paths: [String], message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["README.md", "a/x.yaml", "b/x.yaml"] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "x".write(to: file, atomically: true, encoding: .utf8)
        }
        #expect {
            try PlanTransfer.files(paths.map { folder.appendingPathComponent($0).path })
        } throws: { error in
            (error as? PlanTransferError)?.rendered(in: .en).contains(message) == true
        }
    }
}
