import Foundation
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// Every save, and every plan changed outside the workspace, reaches the open pages' streams.
@Suite struct LiveChangeTests {
    @Test func aSaveIsAnnouncedToEverySubscriber() async throws {
        let fixture = try await WorkspaceFixture()
        let workspace = fixture.services.workspace
        let first = workspace.changes.subscribe(), second = workspace.changes.subscribe()
        let loaded = try #require(workspace.snapshot.plan(id: "quebec-namur-2024-2026"))
        let saved = try await workspace.save(
            file: loaded.file, text: loaded.document.text + "# note\n", baseRevision: loaded.document.revision,
            intent: SaveIntent(planID: loaded.id, userID: nil, author: "Marie", summary: "note", eventIDs: [], at: WorkspaceFixture.now))
        for stream in [first, second] {
            var iterator = stream.makeAsyncIterator()
            let notice = try #require(await iterator.next())
            #expect(notice.planID == "quebec-namur-2024-2026" && notice.author == "Marie" && notice.version == saved.version)
        }
    }

    @Test func aFileEditedByHandIsPickedUp() async throws {
        let fixture = try await WorkspaceFixture()
        let workspace = fixture.services.workspace
        let stream = workspace.changes.subscribe()
        let file = fixture.folder.appendingPathComponent("terrebonne-namur-2024-2026.yaml")
        let edited = try fixture.text(of: "terrebonne-namur-2024-2026.yaml").replacingOccurrences(
            of: "Ville de Terrebonne\n", with: "Ville de Terrebonne (Québec)\n")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        #expect(try await workspace.reload())
        var iterator = stream.makeAsyncIterator()
        let notice = try #require(await iterator.next())
        #expect(notice.planID == "terrebonne-namur-2024-2026")
        #expect(workspace.snapshot.plan(id: "terrebonne-namur-2024-2026")?.document.text == edited)
        #expect(try await !workspace.reload())
    }
}
