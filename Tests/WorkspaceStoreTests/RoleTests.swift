import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Roles per plan", .timeLimit(.minutes(1)))
struct RoleTests {
    @Test("setting a role, then another, keeps the last one", arguments: StoreKind.available, PlanRole.allCases)
    func replace(kind: StoreKind, role: PlanRole) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let user = try await store.createUser(newUser("francine"))
        try await store.setRole(.viewer, userID: user.id, planID: "terrebonne-namur")
        try await store.setRole(role, userID: user.id, planID: "terrebonne-namur")
        #expect(
            try await store.members(planID: "terrebonne-namur") == [Membership(userID: user.id, planID: "terrebonne-namur", role: role)])
    }

    @Test("members of a plan and memberships of a user, sorted; removing a role", arguments: StoreKind.available)
    func membersAndMemberships(kind: StoreKind) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        let amelie = try await store.createUser(newUser("amelie"))
        let benoit = try await store.createUser(newUser("benoit"))
        try await store.setRole(.owner, userID: benoit.id, planID: "quebec-namur")
        try await store.setRole(.partnerEditor, userID: amelie.id, planID: "quebec-namur")
        try await store.setRole(.viewer, userID: amelie.id, planID: "cooperation-decentralisee")
        #expect(
            try await store.members(planID: "quebec-namur") == [
                Membership(userID: amelie.id, planID: "quebec-namur", role: .partnerEditor),
                Membership(userID: benoit.id, planID: "quebec-namur", role: .owner),
            ])
        #expect(
            try await store.memberships(userID: amelie.id) == [
                Membership(userID: amelie.id, planID: "cooperation-decentralisee", role: .viewer),
                Membership(userID: amelie.id, planID: "quebec-namur", role: .partnerEditor),
            ])
        try await store.setRole(nil, userID: amelie.id, planID: "quebec-namur")
        #expect(try await store.members(planID: "quebec-namur") == [Membership(userID: benoit.id, planID: "quebec-namur", role: .owner)])
        #expect(try await store.memberships(userID: amelie.id).map(\.planID) == ["cooperation-decentralisee"])
        // Removing what is not there is fine.
        try await store.setRole(nil, userID: amelie.id, planID: "quebec-namur")
        #expect(try await store.members(planID: "nowhere").isEmpty)
    }

    @Test("a role for an unknown account is refused", arguments: StoreKind.available, [PlanRole.owner, nil])
    func unknownUser(kind: StoreKind, role: PlanRole?) async throws {
        let scratch = try await ScratchStore(kind)
        let store = scratch.store
        await #expect(throws: WorkspaceStoreError.unknownUser(7)) { try await store.setRole(role, userID: 7, planID: "p") }
    }
}
