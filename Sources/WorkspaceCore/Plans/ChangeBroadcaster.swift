import Foundation
import Synchronization

/// Tells every open page that a plan changed: each subscriber gets its own stream; a slow one
/// only keeps the newest notices.
package final class ChangeBroadcaster: Sendable {
    package struct Notice: Sendable, Hashable, Codable {
        package var version: Int
        package var planID: String
        package var author: String
        package var summary: String
    }

    private let subscribers = Mutex<[UUID: AsyncStream<Notice>.Continuation]>([:])

    package init() {}

    package func subscribe() -> AsyncStream<Notice> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Notice>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.subscribers.withLock { _ = $0.removeValue(forKey: id) } }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    package func send(_ notice: Notice) {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(notice) }
    }

    package var subscriberCount: Int { subscribers.withLock { $0.count } }

    /// Ends every stream (the server is stopping).
    package func finish() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.finish() }
    }
}
