extension Partner {
    /// Whether a `holidays:` entry names an `.ics` file of days off rather than a jurisdiction code.
    public static func namesCalendarFile(_ entry: String) -> Bool {
        entry.lowercased().hasSuffix(".ics")
    }

    /// The keys under which the planner finds this partner's days off: the jurisdiction codes,
    /// and for each `.ics` entry its resolved path (two plans in different folders may name
    /// different files with the same relative path).
    public var calendarKeys: [String] {
        holidayJurisdictions.map { holidayFiles[$0] ?? $0 }
    }

    /// The jurisdiction codes alone, without the `.ics` entries.
    public var jurisdictionCodes: [String] {
        holidayJurisdictions.filter { holidayFiles[$0] == nil }
    }
}
