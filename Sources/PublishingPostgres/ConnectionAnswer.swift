import NIOCore
import PostgresNIO
import Synchronization

/// Waits for an operation on a connection, or for the connection to close, whichever comes
/// first: a query sent as the server drops the connection (a restart) may otherwise never be
/// answered. The operation, if it is still running then, is left to fail on its own.
enum ConnectionAnswer {
    struct Lost: Error, CustomStringConvertible {
        var description: String { "the connection to PostgreSQL closed before it answered" }
    }

    final class Once<Value: Sendable>: Sendable {
        let continuation: Mutex<CheckedContinuation<Value, any Error>?>

        init(_ continuation: CheckedContinuation<Value, any Error>) {
            self.continuation = Mutex(continuation)
        }

        func resume(with result: Result<Value, any Error>) {
            continuation.withLock { $0.take() }?.resume(with: result)
        }
    }

    static func of<Value: Sendable>(
        _ connection: PostgresConnection, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let once = Once(continuation)
            Task {
                do { once.resume(with: .success(try await operation())) } catch { once.resume(with: .failure(error)) }
            }
            connection.closeFuture.whenComplete { _ in once.resume(with: .failure(Lost())) }
        }
    }
}
