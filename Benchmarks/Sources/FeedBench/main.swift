import CivilTime
import Foundation
import ICalendar

// The Jumelage side of bench/feeds.sh: reads the neutral JSON of bench/feeds/gen_events.py, builds
// an ICalendar.Calendar and writes it with ICalendarWriter (libical), as `plan --out` does.
//
//     FeedBench EVENTS.json OUT.ics [--phases]
//
// With --phases, prints the time of each step (decode, build, serialize, write) to stderr.

struct Source: Decodable {
    struct Time: Decodable {
        var date: String?
        var dateTime: String?
        var zone: String?
    }

    struct Item: Decodable {
        var uid: String
        var sequence: Int
        var stamp: String
        var summary: String
        var description: String
        var location: String
        var categories: [String]
        var status: String
        var start: Time
        var end: Time
        var rrule: String?
        var exdates: [Time]?
        var transparent: Bool?
    }

    var name: String
    var events: [Item]
}

enum FeedBenchError: Error, CustomStringConvertible {
    case usage, unreadable(String), badTime(String)
    var description: String {
        switch self {
        case .usage: return "usage: FeedBench EVENTS.json OUT.ics [--phases]"
        case .unreadable(let path): return "cannot read \(path)"
        case .badTime(let text): return "bad time \(text)"
        }
    }
}

/// The digits at `offsets` of an ASCII text, as a number.
func number(_ bytes: [UInt8], _ offsets: Range<Int>) -> Int? {
    var value = 0
    for offset in offsets {
        guard offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) else { return nil }
        value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
    }
    return value
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`, read on bytes: the input's own format, so that the
/// harness costs little next to the writer it measures.
func civilDate(_ bytes: [UInt8]) -> CivilDate? {
    guard let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10) else { return nil }
    return CivilDate(year: year, month: month, day: day)
}

func eventTime(_ time: Source.Time) throws -> EventTime {
    if let text = time.date {
        guard let date = civilDate(Array(text.utf8)) else { throw FeedBenchError.badTime(text) }
        return .date(date)
    }
    guard let text = time.dateTime, let zone = time.zone else { throw FeedBenchError.badTime("\(time)") }
    let bytes = Array(text.utf8)
    guard let date = civilDate(bytes), let hour = number(bytes, 11..<13), let minute = number(bytes, 14..<16),
          let second = number(bytes, 17..<19), let clock = TimeOfDay(hour: hour, minute: minute, second: second) else {
        throw FeedBenchError.badTime(text)
    }
    return .zoned(CivilDateTime(date: date, time: clock), zone: zone)
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func run() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let phases = arguments.contains("--phases")
    let paths = arguments.filter { $0 != "--phases" }
    guard paths.count == 2 else { throw FeedBenchError.usage }
    var marks = [("start", now())]

    guard let data = FileManager.default.contents(atPath: paths[0]) else { throw FeedBenchError.unreadable(paths[0]) }
    let source = try JSONDecoder().decode(Source.self, from: data)
    marks.append(("read+decode", now()))

    let stamp = Instant(utc: CivilDateTime(iso: String(source.events[0].stamp.dropLast()))!)
    let events = try source.events.map { item in
        Event(
            uid: item.uid, sequence: item.sequence, stamp: stamp,
            start: try eventTime(item.start), end: try eventTime(item.end),
            summary: item.summary, description: item.description, location: item.location,
            categories: item.categories, status: Event.Status(rawValue: item.status),
            transparency: item.transparent == true ? .transparent : nil,
            recurrenceRule: item.rrule, exceptionDates: try (item.exdates ?? []).map(eventTime))
    }
    let calendar = ICalendar.Calendar(productID: "-//Jumelage//bench//FR", name: source.name, events: events)
    marks.append(("build", now()))

    let text = try ICalendarWriter.serialize(calendar)
    marks.append(("serialize", now()))

    try Data(text.utf8).write(to: URL(fileURLWithPath: paths[1]))
    marks.append(("write", now()))

    if phases {
        let steps = zip(marks, marks.dropFirst()).map { "\($1.0) \(Int((($1.1 - $0.1) * 1000).rounded())) ms" }
        FileHandle.standardError.write(Data((steps.joined(separator: ", ") + "\n").utf8))
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("FeedBench: \(error)\n".utf8))
    exit(1)
}
