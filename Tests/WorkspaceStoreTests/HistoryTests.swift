import Foundation
import Testing

@testable import WorkspaceStore

@Suite("History of plan saves", .timeLimit(.minutes(1)))
struct HistoryTests {
    static func change(_ plan: String, at seconds: Int, events: [String] = [], summary: String = "s") -> PlanChange {
        PlanChange(
            planID: plan, file: "\(plan).yaml", userID: nil, author: "Léa Tremblay", at: at(seconds), summary: summary, eventIDs: events,
            beforeRevision: "before-\(seconds)", afterRevision: "after-\(seconds)", before: "avant", after: "après")
    }

    @Test("a change is kept whole, pending until committed, forgotten when discarded", arguments: StoreKind.available)
    func pendingCommitDiscard(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let kept = Self.change("quebec-namur", at: 100, events: ["mission-2025/05", "comite \"mixte\""], summary: "Mission : dates fixées")
        let keptID = try await store.beginChange(kept)
        let droppedID = try await store.beginChange(Self.change("quebec-namur", at: 101))
        var stored = kept
        stored.id = keptID
        #expect(try await store.change(id: keptID) == stored)
        #expect(try await store.pendingChanges().map(\.id) == [keptID, droppedID])
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).isEmpty)
        try await store.commitChange(id: keptID)
        try await store.commitChange(id: keptID)
        try await store.discardChange(id: droppedID)
        stored.committed = true
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10) == [stored])
        #expect(try await store.pendingChanges().isEmpty)
        #expect(try await store.change(id: droppedID) == nil)
    }

    @Test(
        "unknown or committed changes cannot be discarded; unknown ones cannot be committed",
        arguments: StoreKind.available, [("commit unknown", true), ("discard unknown", false)])
    func unknownChange(kind: StoreKind, example: (name: String, commit: Bool)) async throws {
        let commit = example.commit
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        await #expect(throws: WorkspaceStoreError.unknownChange(77)) {
            if commit { try await store.commitChange(id: 77) } else { try await store.discardChange(id: 77) }
        }
        let id = try await store.beginChange(Self.change("p", at: 1))
        try await store.commitChange(id: id)
        await #expect(throws: WorkspaceStoreError.unknownChange(id)) { try await store.discardChange(id: id) }
        #expect(try await store.change(id: id)?.committed == true)
    }

    struct Query: Sendable, CustomTestStringConvertible {
        var plan: String
        var event: String?
        var limit: Int
        var expectedTimes: [Int]
        var testDescription: String { "\(plan) \(event ?? "all") limit \(limit)" }
    }

    static let queries = [
        Query(plan: "quebec-namur", event: nil, limit: 10, expectedTimes: [400, 300, 300, 200, 100]),
        Query(plan: "quebec-namur", event: nil, limit: 2, expectedTimes: [400, 300]),
        Query(plan: "quebec-namur", event: nil, limit: 0, expectedTimes: []),
        Query(plan: "quebec-namur", event: "mission", limit: 10, expectedTimes: [300, 100]),
        Query(plan: "quebec-namur", event: "comite", limit: 10, expectedTimes: [400, 300, 300]),
        Query(plan: "quebec-namur", event: "miss", limit: 10, expectedTimes: []),
        Query(plan: "terrebonne-namur", event: nil, limit: 10, expectedTimes: [250]),
        Query(plan: "nowhere", event: nil, limit: 10, expectedTimes: []),
    ]

    @Test("history: committed only, per plan and event, newest first, limited", arguments: StoreKind.available, queries)
    func history(kind: StoreKind, _ query: Query) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        var ids: [Int: [Int64]] = [:]
        for (plan, seconds, events) in [
            ("quebec-namur", 100, ["mission"]), ("quebec-namur", 200, []), ("quebec-namur", 300, ["comite"]),
            ("quebec-namur", 300, ["mission", "comite"]), ("terrebonne-namur", 250, ["mission"]), ("quebec-namur", 400, ["comite"]),
        ] {
            let id = try await store.beginChange(Self.change(plan, at: seconds, events: events))
            try await store.commitChange(id: id)
            ids[seconds, default: []].append(id)
        }
        _ = try await store.beginChange(Self.change("quebec-namur", at: 500, events: ["mission", "comite"]))
        let history = try await store.history(planID: query.plan, eventID: query.event, limit: query.limit)
        #expect(history.map { Int($0.at.timeIntervalSince1970) } == query.expectedTimes)
        #expect(history.allSatisfy { $0.committed && $0.planID == query.plan })
        // Two changes at the same second: the later one (higher id) first.
        let sameSecond = history.filter { $0.at == at(300) }.compactMap(\.id)
        #expect(sameSecond == sameSecond.sorted(by: >))
    }
}
