import Foundation

/// An instant, in whole seconds since 1970-01-01T00:00:00Z.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    public init(utc: CivilDateTime) {
        secondsSinceEpoch = utc.secondsSinceEpochAsUTC
    }

    public var utc: CivilDateTime { CivilDateTime(secondsSinceEpochAsUTC: secondsSinceEpoch) }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var description: String { "\(utc)Z" }
}

/// The offsets of one IANA time zone, read from the system's tzdata.
public struct ZoneRules: Hashable, Sendable {
    public let identifier: String
    private let zone: TimeZone

    /// Nil when the identifier is not a known IANA zone (bare offsets such as `GMT+1` are refused too).
    public init?(identifier: String) {
        guard identifier.utf8.contains(UInt8(ascii: "/")) || identifier == "UTC",
            let zone = TimeZone(identifier: identifier)
        else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    public static let utc = ZoneRules(identifier: "UTC")!

    /// Offset from UTC, in seconds, in force at the instant.
    public func offset(at instant: Instant) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch)))
    }

    /// The local wall time at an instant.
    public func localTime(at instant: Instant) -> CivilDateTime {
        CivilDateTime(secondsSinceEpochAsUTC: instant.secondsSinceEpoch + Int64(offset(at: instant)))
    }

    /// The instant of a local wall time. A time skipped by a spring-forward gap is moved forward by
    /// the gap (02:30 becomes 03:30), as RFC 5545 §3.3.5 prescribes; an ambiguous time takes the
    /// first (summer) occurrence.
    public func instant(of local: CivilDateTime) -> Instant {
        let asUTC = local.secondsSinceEpochAsUTC
        let before = offset(at: Instant(secondsSinceEpoch: asUTC - 86_400))
        let after = offset(at: Instant(secondsSinceEpoch: asUTC + 86_400))
        for candidate in [before, after] {
            let instant = Instant(secondsSinceEpoch: asUTC - Int64(candidate))
            if offset(at: instant) == candidate { return instant }
        }
        // In a gap: neither offset maps back; interpret with the offset from before the gap.
        return Instant(secondsSinceEpoch: asUTC - Int64(before))
    }

    /// True when the zone's tzdata knows this identifier.
    public static func isKnown(_ identifier: String) -> Bool {
        ZoneRules(identifier: identifier) != nil
    }
}
