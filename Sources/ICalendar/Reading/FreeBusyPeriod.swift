import CivilTime

/// One period of a VFREEBUSY's FREEBUSY property.
public struct FreeBusyPeriod: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case free = "FREE", busy = "BUSY", busyTentative = "BUSY-TENTATIVE", busyUnavailable = "BUSY-UNAVAILABLE"
    }

    public var start: Instant
    public var end: Instant
    public var kind: Kind

    public init(start: Instant, end: Instant, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}
