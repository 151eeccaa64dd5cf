import Foundation
import Invitations

/// How both outboxes keep the invitations' memory: one JSON document per UID (keys sorted).
package enum InvitationMemoryCoding {
    package static func encoded(_ memory: [InvitationMemory], place: String) throws(DeliveryError) -> [(InvitationMemory, Data)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try memory.map { entry throws(DeliveryError) in
            do { return (entry, try encoder.encode(entry)) } catch { throw .outbox(path: place, reason: "\(error)") }
        }
    }

    package static func decoded(_ documents: [Data], place: String) throws(DeliveryError) -> [String: InvitationMemory] {
        var memory: [String: InvitationMemory] = [:]
        for document in documents {
            guard let entry = try? JSONDecoder().decode(InvitationMemory.self, from: document) else {
                throw .outbox(path: place, reason: "an invitation memory row does not read back")
            }
            memory[entry.uid] = entry
        }
        return memory
    }
}
