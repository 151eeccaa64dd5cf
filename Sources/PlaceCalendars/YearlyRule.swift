import CivilTime

/// When a calendar entry falls in a given year: anchor, then weekend shift, then offset,
/// lasting `days` days, in the years the rule is valid.
struct YearlyRule: Hashable, Sendable {
    var anchor: DateAnchor
    /// Days to move the anchor when it falls on the given weekday ("25 Jun if the 24th is a Sunday").
    var shifts: [Weekday: Int] = [:]
    var offset = 0
    var days = 1
    var validFrom: Int?
    var validUntil: Int?
    /// Only every n-th year counted from `validFrom` (elections).
    var everyYears: Int?

    static let keys = ["date", "easter", "nthWeekday", "weekdayBefore",
                       "shift", "offset", "days", "validFrom", "validUntil", "everyYears"]
    static let anchorKeys = ["date", "easter", "nthWeekday", "weekdayBefore"]

    func applies(to year: Int) -> Bool {
        if let validFrom, year < validFrom { return false }
        if let validUntil, year > validUntil { return false }
        if let everyYears, let validFrom, (year - validFrom) % everyYears != 0 { return false }
        return true
    }

    /// First and last day in `year`, or nil when the rule does not apply that year.
    func occurrence(in year: Int) -> ClosedRange<CivilDate>? {
        guard applies(to: year) else { return nil }
        let anchored = anchor.date(in: year)
        let start = anchored.adding(days: (shifts[anchored.weekday] ?? 0) + offset)
        return start...start.adding(days: days - 1)
    }

    /// Reads the rule keys of an entry; `entry` is the entry's own node, for errors about missing keys.
    init(fields: [String: DataNode], entry: DataNode, what: String) throws {
        let present = YearlyRule.anchorKeys.filter { fields[$0] != nil }
        guard present.count == 1, let key = present.first, let value = fields[key] else {
            let problem = present.isEmpty
                ? "\(what) says nothing about when it falls"
                : "\(what) has more than one date rule (\(present.joined(separator: ", ")))"
            throw entry.error(problem, fix: "give exactly one of `date: MM-DD`, `easter: OFFSET`, "
                + "`nthWeekday: {nth: N, weekday: W, month: M}`, `weekdayBefore: {weekday: W, date: MM-DD}`")
        }
        switch key {
        case "date":
            let (month, day) = try value.monthDay("the date of \(what)")
            anchor = .fixed(month: month, day: day)
        case "easter":
            anchor = .easter(offset: try value.int("the Easter offset of \(what)", in: -100...100))
        case "nthWeekday":
            let rule = try value.mapping("nthWeekday of \(what)", allowed: ["nth", "weekday", "month"],
                                         required: ["nth", "weekday", "month"])
            let nth = try rule["nth"]!.int("nth", in: -4...4)
            guard nth != 0 else {
                throw rule["nth"]!.error("nth is 0", fix: "use 1 for the first, 2 for the second, -1 for the last, -2 for the second-to-last")
            }
            anchor = .nthWeekday(nth: nth, weekday: try rule["weekday"]!.weekday("weekday"),
                                 month: try rule["month"]!.int("month", in: 1...12))
        default:
            let rule = try value.mapping("weekdayBefore of \(what)", allowed: ["weekday", "date"],
                                         required: ["weekday", "date"])
            let (month, day) = try rule["date"]!.monthDay("the date in weekdayBefore")
            anchor = .weekdayBefore(weekday: try rule["weekday"]!.weekday("weekday"), month: month, day: day)
        }
        if let shift = fields["shift"] {
            let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            for (name, node) in try shift.mapping("shift of \(what)", allowed: names) {
                shifts[Weekday.allCases[names.firstIndex(of: name)!]] = try node.int("the shift for \(name)", in: -7...7)
            }
        }
        offset = try fields["offset"]?.int("the offset of \(what)", in: -366...366) ?? 0
        days = try fields["days"]?.int("the number of days of \(what)", in: 1...366) ?? 1
        validFrom = try fields["validFrom"]?.int("validFrom", in: 1583...9998)
        validUntil = try fields["validUntil"]?.int("validUntil", in: 1583...9998)
        if let validFrom, let validUntil, validUntil < validFrom {
            throw fields["validUntil"]!.error("validUntil \(validUntil) is before validFrom \(validFrom)",
                                              fix: "swap the two years or correct one of them")
        }
        everyYears = try fields["everyYears"]?.int("everyYears", in: 1...100)
        if everyYears != nil, validFrom == nil {
            throw fields["everyYears"]!.error("everyYears needs a first year to count from",
                                              fix: "add `validFrom: YEAR` with a year in which the entry falls")
        }
    }
}
