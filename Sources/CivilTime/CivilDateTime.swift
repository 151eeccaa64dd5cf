/// A wall-clock time of day, to the second.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s else { return nil }
        self.init(hour: h, minute: m, second: s)
    }

    public static let midnight = TimeOfDay(hour: 0, minute: 0)!

    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }

    public var description: String {
        second == 0 ? "\(pad(hour, 2)):\(pad(minute, 2))" : "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
    }
}

/// A date and a wall-clock time with no zone attached.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    public let time: TimeOfDay

    public init(date: CivilDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` (a space is accepted for `T`).
    public init?(iso text: some StringProtocol) {
        let separators: Set<Character> = ["T", " "]
        guard let cut = text.firstIndex(where: { separators.contains($0) }),
            let date = CivilDate(iso: text[..<cut]),
            let time = TimeOfDay(iso: text[text.index(after: cut)...])
        else { return nil }
        self.init(date: date, time: time)
    }

    /// Seconds since 1970-01-01T00:00:00 read as if this wall time were UTC.
    public var secondsSinceEpochAsUTC: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(time.secondsSinceMidnight)
    }

    public init(secondsSinceEpochAsUTC seconds: Int64) {
        let days = Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        self.init(
            date: CivilDate(daysSinceEpoch: days),
            time: TimeOfDay(hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)!)
    }

    public func adding(seconds: Int64) -> CivilDateTime {
        CivilDateTime(secondsSinceEpochAsUTC: secondsSinceEpochAsUTC + seconds)
    }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var description: String {
        "\(date)T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
    }

    /// `YYYYMMDDTHHMMSS`, as iCalendar writes a DATE-TIME.
    public var basicFormat: String {
        "\(date.basicFormat)T\(pad(time.hour, 2))\(pad(time.minute, 2))\(pad(time.second, 2))"
    }
}
