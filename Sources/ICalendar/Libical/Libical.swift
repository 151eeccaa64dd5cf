import CLibical
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Serialises every use of libical: its error state, tzid prefix and builtin zone table are
/// process-wide and not thread safe.
enum Libical {
    private static let lock = NSLock()

    /// Runs `body` alone in the process, with libical errors non-fatal and the C locale for
    /// number formatting (GEO is printed with `%f`).
    static func exclusive<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        icalerror_set_errors_are_fatal(0)
        jumelage_clear_icalerrno()
        let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil)
        let previous = cLocale.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let cLocale { freelocale(cLocale) }
        }
        return try body()
    }

    /// Takes ownership of a string returned by a libical `_r` function.
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Copies a string libical keeps ownership of.
    static func borrowString(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
