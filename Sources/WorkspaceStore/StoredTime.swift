import Foundation

/// How the workspace database keeps a `Date`: whole seconds since 1970-01-01T00:00:00Z, rounded
/// down, in an INTEGER column. The same date always gives the same number.
package enum StoredTime {
    package static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }

    package static func date(_ seconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
