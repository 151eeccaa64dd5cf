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
    /// Largest file read, in bytes.
    public static let maximumFileBytes = 20 * 1024 * 1024
    /// Instances libical may generate outside the period read, for the whole file: libical 3.0
    /// (with ICU) takes about 2 µs per instance, so about 50 ms. (Those in the period are bounded
    /// by `maximumOccurrencesPerSeries` and `maximumEntries`.) Rules without COUNT that repeat
    /// daily or less often start near the period, whatever their DTSTART: only sub-daily rules
    /// and COUNT series begun long before the period use any of this.
    public static let maximumRecurrenceSteps = 25_000

    public var file: String
    public var entries: [BusyTime]
    /// What could not be read, with the line it came from; the rest is still used.
    public var problems: [ICalendarProblem]

    /// Reads `file`. With `daysOff`, the file lists days off (a feed of holidays, whose events are
    /// transparent so as not to block a subscriber's own agenda): transparent events count too;
    /// cancelled ones still do not.
    public init(file: String, from: CivilDate, through: CivilDate, daysOff: Bool = false) throws {
        var status = stat()
        guard stat(file, &status) == 0 else {
            throw BusyCalendarError(
                file: file, line: nil,
                message: LocalizedText(
                    fr: "fichier introuvable ; vérifiez le chemin", en: "no such file; check the path"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw BusyCalendarError(
                file: file, line: nil,
                message: LocalizedText(
                    fr: "ce n'est pas un fichier ordinaire ; donnez le chemin d'un fichier .ics exporté",
                    en: "this is not a regular file; give the path of an exported .ics file"))
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw BusyCalendarError(
                file: file, line: nil,
                message: LocalizedText(
                    fr: "impossible de lire le fichier ; vérifiez ses droits", en: "cannot read the file; check its permissions"))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Self.maximumFileBytes + 1)) ?? Data()
        guard data.count <= Self.maximumFileBytes else {
            throw BusyCalendarError(
                file: file, line: nil,
                message: LocalizedText(
                    fr: "le fichier dépasse \(Self.maximumFileBytes / 1_048_576) Mo ; exportez une période plus courte",
                    en: "the file is larger than \(Self.maximumFileBytes / 1_048_576) MB; export a shorter period"))
        }
        try self.init(data: data, file: file, from: from, through: through, daysOff: daysOff)
    }

    /// Reads UTF-8; text in another encoding (an old Outlook export in Windows-1252) is read as
    /// Windows-1252, with a problem naming the first line that is not UTF-8.
    public init(data: Data, file: String, from: CivilDate, through: CivilDate, daysOff: Bool = false) throws {
        if let text = String(data: data, encoding: .utf8) {
            try self.init(text: text, file: file, from: from, through: through, daysOff: daysOff)
            return
        }
        let valid = data.prefix { $0 < 0x80 }.count
        let line = data.prefix(valid).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let text = String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1) ?? ""
        try self.init(text: text, file: file, from: from, through: through, daysOff: daysOff)
        problems.insert(
            ICalendarProblem(
                line: line,
                message:
                    "the file is not UTF-8: read as Windows-1252 (check accented letters); export it again in UTF-8"), at: 0)
    }

    public init(text: String, file: String, from: CivilDate, through: CivilDate, daysOff: Bool = false) throws {
        self.file = file
        let parsed: ParsedCalendar
        do { parsed = try ICalendarReader.parse(text) } catch {
            throw BusyCalendarError(
                file: file, line: error.line,
                message: LocalizedText(
                    fr:
                        "ce n'est pas un fichier iCalendar utilisable (\(error.messageWithoutLine)) ; exportez de nouveau le calendrier au format .ics",
                    en: "this is not a usable iCalendar file (\(error.messageWithoutLine)); export the calendar again as .ics"))
        }
        var problems = parsed.problems
        let lower = Instant(utc: CivilDateTime(date: from.adding(days: -1), time: .midnight))
        let upper = Instant(utc: CivilDateTime(date: through.adding(days: 2), time: .midnight))
        var entries: [BusyTime] = []
        var uidLines = UIDLines(text: text)
        var stepsLeft = Self.maximumRecurrenceSteps
        func report(_ event: Event, _ message: String) {
            problems.append(ICalendarProblem(line: uidLines.line(of: event.uid), message: "event \(Self.shortened(event.uid)): \(message)"))
        }

        let overrides = Dictionary(grouping: parsed.events.filter { $0.recurrenceID != nil }, by: \.uid)
        for event in parsed.events where event.recurrenceID == nil {
            guard let master = Self.mappingZones(of: event, report: report) else { continue }
            let moved = (overrides[event.uid] ?? []).compactMap { Self.mappingZones(of: $0, report: report) }
            let replaced = Set(moved.compactMap(\.recurrenceID).map(Self.key))
            if Self.isFree(master, daysOff: daysOff) { continue }
            if Self.endsBeforeStart(master) {
                report(master, "DTEND is before DTSTART; the event is ignored: correct its end in the calendar")
                continue
            }
            if master.recurrenceRule != nil, stepsLeft <= 0 {
                report(
                    event,
                    "not expanded: the series before it already generated \(Self.maximumRecurrenceSteps) instances "
                        + "outside \(from)–\(through); only its first occurrence is busy: import a shorter period or fewer series")
            }
            let expansion: RecurrenceExpander.Expansion
            do {
                // Instances in the period cost steps too: allow those on top of what is left for the others.
                let productive = Self.maximumOccurrencesPerSeries + master.exceptionDates.count + 2
                expansion = try RecurrenceExpander.expansion(
                    of: master, from: lower, through: upper, limit: Self.maximumOccurrencesPerSeries,
                    maximumSteps: stepsLeft <= 0 ? 0 : min(stepsLeft + productive, RecurrenceExpander.Expansion.maximumSteps))
                stepsLeft -= expansion.stepsOutsideRange
            } catch {
                // An RRULE that cannot be expanded leaves DTSTART (and RDATE), as libical does
                // with an RRULE it cannot parse: the event counts without its rule.
                var single = master
                single.recurrenceRule = nil
                guard error.kind == .invalidRecurrenceRule,
                    let alone = try? RecurrenceExpander.expansion(
                        of: single, from: lower, through: upper,
                        limit: Self.maximumOccurrencesPerSeries)
                else {
                    report(event, "\(error.message); the event is ignored")
                    continue
                }
                report(event, "\(error.message); the event counts without its RRULE")
                expansion = alone
            }
            let starts = expansion.starts
            if master.recurrenceRule != nil, starts.count == Self.maximumOccurrencesPerSeries {
                report(
                    event,
                    "expansion stopped at \(Self.maximumOccurrencesPerSeries) occurrences (the last on \(Self.key(starts.last!))); "
                        + "later ones are not busy: give the RRULE a COUNT or UNTIL, or import a shorter period")
            } else if expansion.stoppedEarly {
                report(
                    event,
                    "RRULE '\(Self.shortened(master.recurrenceRule ?? ""))' stopped after generating \(expansion.steps) instances, "
                        + "before reaching \(through); later occurrences are not busy: give the series a later DTSTART or a larger INTERVAL"
                )
            }
            for start in starts where replaced.isEmpty || !replaced.contains(Self.key(start)) {
                if let busy = Self.busy(master, startingAt: start), Self.overlaps(busy, lower, upper) { entries.append(busy) }
            }
            if entries.count > Self.maximumEntries { break }
        }
        for event in parsed.events where event.recurrenceID != nil && !Self.isFree(event, daysOff: daysOff) {
            guard let moved = Self.mappingZones(of: event, report: report),
                let busy = Self.busy(moved, startingAt: moved.start), Self.overlaps(busy, lower, upper)
            else { continue }
            entries.append(busy)
        }
        for block in parsed.freeBusy where block.kind != .free && block.end > lower && block.start < upper {
            entries.append(
                BusyTime(
                    span: .interval(start: block.start, end: block.end), source: "FREEBUSY", summary: nil,
                    tentative: block.kind == .busyTentative))
        }
        entries = entries.filter { Self.overlaps($0, lower, upper) }
        if entries.count > Self.maximumEntries {
            problems.append(
                ICalendarProblem(
                    line: 1,
                    message:
                        "more than \(Self.maximumEntries) busy entries between \(from) and \(through): the rest are left out "
                        + "(the events after the one that reached the limit were not read); import a shorter period"))
            entries = Array(entries.prefix(Self.maximumEntries))
        }
        // Sorted on keys computed once: 50,000 entries sort in a few milliseconds.
        self.entries = entries.map { (Self.order($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        // Messages quote the file: never let its control characters reach a terminal.
        self.problems = problems.map { ICalendarProblem(line: $0.line, message: Self.printable($0.message)) }
    }

    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }

    /// The line of each UID, found in the text only when a problem needs it.
    struct UIDLines {
        let text: String
        private var lines: [String: Int]?

        init(text: String) { self.text = text }

        mutating func line(of uid: String) -> Int? {
            if lines == nil {
                var found: [String: Int] = [:]
                var number = 0
                for physical in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    number += 1
                    guard physical.count >= 4, physical.prefix(4).map({ $0 & 0xDF }) == Array("UID:".utf8).map({ $0 & 0xDF }) else {
                        continue
                    }
                    var value = physical.dropFirst(4)
                    if value.last == UInt8(ascii: "\r") { value = value.dropLast() }
                    let uid = String(decoding: value, as: UTF8.self)
                    if found[uid] == nil { found[uid] = number }
                }
                lines = found
            }
            return lines?[uid]
        }
    }

    /// At most 60 characters of `text`, for messages.
    static func shortened(_ text: String) -> String {
        printable(text.count > 60 ? String(text.prefix(60)) + "…" : text)
    }

    static func endsBeforeStart(_ event: Event) -> Bool {
        switch (event.start, event.end) {
        case (.date(let first), .date(let last)?):
            return last < first
        case (_, let end?):
            guard let begin = RecurrenceExpander.instant(of: event.start), let finish = RecurrenceExpander.instant(of: end) else {
                return false
            }
            return finish < begin
        default:
            return false
        }
    }

    /// Free time: transparent (unless the file lists days off) or cancelled.
    static func isFree(_ event: Event, daysOff: Bool = false) -> Bool {
        (event.transparency == .transparent && !daysOff) || event.status == .cancelled
    }

    /// Rewrites Windows zone names to IANA ones; nil (with a problem) when a zone is unknown.
    static func mappingZones(of event: Event, report: (Event, String) -> Void) -> Event? {
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
            report(event, "unknown time zone '\(Self.shortened(unknown))'; the event is ignored: use an IANA name such as America/Toronto")
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
            return BusyTime(
                span: .days(first: day, last: day.adding(days: days - 1)), source: event.uid,
                summary: event.summary, tentative: tentative)
        default:
            guard let begin = RecurrenceExpander.instant(of: start), let masterStart = RecurrenceExpander.instant(of: event.start) else {
                return nil
            }
            let length =
                event.end.flatMap(RecurrenceExpander.instant(of:)).map { $0.secondsSinceEpoch - masterStart.secondsSinceEpoch } ?? 0
            guard length > 0 else { return nil }
            return BusyTime(
                span: .interval(start: begin, end: Instant(secondsSinceEpoch: begin.secondsSinceEpoch + length)),
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
