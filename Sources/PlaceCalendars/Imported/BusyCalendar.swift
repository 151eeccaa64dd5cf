import Bilingual
import CivilTime
import Foundation
import ICalendar

/// The busy time of an imported `.ics` file — a mayor's calendar exported from Outlook, a feed of
/// holidays — between two dates: recurrences expanded, moved and cancelled occurrences honoured,
/// free and cancelled time ignored, free/busy blocks read.
public struct BusyCalendar: Sendable {
    /// Occurrences expanded per series, at most.
    public static let maximumOccurrencesPerSeries = 5_000
    /// Busy entries kept per file, at most.
    public static let maximumEntries = 50_000

    public var file: String
    public var entries: [BusyTime]
    /// What could not be read, with the line it came from; the rest is still used.
    public var problems: [ICalendarProblem]

    public init(file: String, from: CivilDate, through: CivilDate) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw BusyCalendarError(file: file, line: nil, message: LocalizedText(fr: "impossible de lire le fichier", en: "cannot read the file"))
        }
        try self.init(text: String(decoding: data, as: UTF8.self), file: file, from: from, through: through)
    }

    public init(text: String, file: String, from: CivilDate, through: CivilDate) throws {
        self.file = file
        let parsed: ParsedCalendar
        do { parsed = try ICalendarReader.parse(text) } catch {
            throw BusyCalendarError(file: file, line: nil, message: LocalizedText(
                fr: "ce n'est pas un fichier iCalendar utilisable (\(error.description)) ; exportez de nouveau le calendrier au format .ics",
                en: "this is not a usable iCalendar file (\(error.description)); export the calendar again as .ics"))
        }
        var problems = parsed.problems
        let lower = Instant(utc: CivilDateTime(date: from.adding(days: -1), time: .midnight))
        let upper = Instant(utc: CivilDateTime(date: through.adding(days: 2), time: .midnight))
        var entries: [BusyTime] = []

        let overrides = Dictionary(grouping: parsed.events.filter { $0.recurrenceID != nil }, by: \.uid)
        for event in parsed.events where event.recurrenceID == nil {
            guard let master = Self.mappingZones(of: event, problems: &problems) else { continue }
            let moved = (overrides[event.uid] ?? []).compactMap { Self.mappingZones(of: $0, problems: &problems) }
            let replaced = Set(moved.compactMap(\.recurrenceID).map(Self.key))
            if Self.isFree(master) { continue }
            let starts: [EventTime]
            do {
                starts = try RecurrenceExpander.occurrences(of: master, from: lower, through: upper,
                                                            limit: Self.maximumOccurrencesPerSeries)
            } catch {
                problems.append(ICalendarProblem(line: nil, message: "event \(event.uid): \(error.description)"))
                continue
            }
            if master.recurrenceRule != nil, starts.count == Self.maximumOccurrencesPerSeries {
                problems.append(ICalendarProblem(line: nil, message:
                    "event \(event.uid): expansion stopped at \(Self.maximumOccurrencesPerSeries) occurrences"))
            }
            for start in starts where !replaced.contains(Self.key(start)) {
                if let busy = Self.busy(master, startingAt: start) { entries.append(busy) }
            }
        }
        for event in parsed.events where event.recurrenceID != nil && !Self.isFree(event) {
            guard let moved = Self.mappingZones(of: event, problems: &problems),
                  let busy = Self.busy(moved, startingAt: moved.start), Self.overlaps(busy, lower, upper) else { continue }
            entries.append(busy)
        }
        for block in parsed.freeBusy where block.kind != .free && block.end > lower && block.start < upper {
            entries.append(BusyTime(span: .interval(start: block.start, end: block.end), source: "FREEBUSY", summary: nil,
                                    tentative: block.kind == .busyTentative))
        }
        if entries.count > Self.maximumEntries {
            problems.append(ICalendarProblem(line: nil, message: "more than \(Self.maximumEntries) busy entries: the rest are left out"))
            entries = Array(entries.prefix(Self.maximumEntries))
        }
        self.entries = entries.filter { Self.overlaps($0, lower, upper) }.sorted { Self.order($0) < Self.order($1) }
        self.problems = problems
    }

    static func isFree(_ event: Event) -> Bool {
        event.transparency == .transparent || event.status == .cancelled
    }

    /// Rewrites Windows zone names to IANA ones; nil (with a problem) when a zone is unknown.
    static func mappingZones(of event: Event, problems: inout [ICalendarProblem]) -> Event? {
        var unknown: String?
        func map(_ time: EventTime) -> EventTime {
            guard case .zoned(let dateTime, let zone) = time else { return time }
            guard let iana = WindowsTimeZones.iana(for: zone), ZoneRules.isKnown(iana) else {
                unknown = zone
                return time
            }
            return .zoned(dateTime, zone: iana)
        }
        var mapped = event
        mapped.start = map(event.start)
        mapped.end = event.end.map(map)
        mapped.exceptionDates = event.exceptionDates.map(map)
        mapped.recurrenceDates = event.recurrenceDates.map(map)
        mapped.recurrenceID = event.recurrenceID.map(map)
        if let unknown {
            problems.append(ICalendarProblem(line: nil, message:
                "event \(event.uid): unknown time zone '\(unknown)'; use an IANA name such as America/Toronto"))
            return nil
        }
        return mapped
    }

    /// The occurrence that starts at `start`, as long as the event itself.
    static func busy(_ event: Event, startingAt start: EventTime) -> BusyTime? {
        let tentative = event.status == .tentative
        switch (event.start, start) {
        case (.date(let first), .date(let day)):
            var days = 1
            if case .date(let end)? = event.end { days = max(1, first.days(until: end)) }
            return BusyTime(span: .days(first: day, last: day.adding(days: days - 1)), source: event.uid,
                            summary: event.summary, tentative: tentative)
        default:
            guard let begin = RecurrenceExpander.instant(of: start), let masterStart = RecurrenceExpander.instant(of: event.start) else { return nil }
            let length = event.end.flatMap(RecurrenceExpander.instant(of:)).map { $0.secondsSinceEpoch - masterStart.secondsSinceEpoch } ?? 0
            guard length > 0 else { return nil }
            return BusyTime(span: .interval(start: begin, end: Instant(secondsSinceEpoch: begin.secondsSinceEpoch + length)),
                            source: event.uid, summary: event.summary, tentative: tentative)
        }
    }

    static func key(_ time: EventTime) -> String {
        switch time {
        case .date(let date): return date.description
        default: return RecurrenceExpander.instant(of: time)?.description ?? "\(time)"
        }
    }

    static func overlaps(_ busy: BusyTime, _ lower: Instant, _ upper: Instant) -> Bool {
        switch busy.span {
        case .days(let first, let last):
            return last >= lower.utc.date && first <= upper.utc.date
        case .interval(let start, let end):
            return end > lower && start < upper
        }
    }

    static func order(_ busy: BusyTime) -> (Int64, String) {
        switch busy.span {
        case .days(let first, _): return (Int64(first.daysSinceEpoch) * 86_400, busy.source)
        case .interval(let start, _): return (start.secondsSinceEpoch, busy.source)
        }
    }
}
