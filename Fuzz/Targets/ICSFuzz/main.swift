import Bilingual
import CivilTime
import Foundation
import FuzzerDriver
import ICalendar
import PlaceCalendars

// libFuzzer target for the .ics importer: any bytes are either refused with a BusyCalendarError
// or read as busy time with located problems, as `jumelage busy` does; then every event is
// expanded like `jumelage occurrences` (with a shared budget of recurrence steps). A crash, a
// leak, an input slower than `-timeout` or another error type is a finding.
//
// Built by tools/fuzz.sh (-sanitize=fuzzer,address); run it through tools/fuzz.sh.

private let from = CivilDate(year: 2025, month: 1, day: 1)!
private let through = CivilDate(year: 2025, month: 12, day: 31)!

@_cdecl("LLVMFuzzerTestOneInput")
public func icsFuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        let calendar = try BusyCalendar(data: data, file: "fuzz.ics", from: from, through: through)
        precondition(calendar.entries.count <= BusyCalendar.maximumEntries)
        for problem in calendar.problems {
            precondition(!problem.message.unicodeScalars.contains { $0.properties.generalCategory == .control },
                         "a problem message carries control characters: \(problem.message)")
        }
    } catch let error as BusyCalendarError {
        _ = error.rendered(in: .fr)
        _ = error.rendered(in: .en)
    } catch {
        fatalError("BusyCalendar threw \(type(of: error)), not a BusyCalendarError: \(error)")
    }

    guard let parsed = try? ICalendarReader.parse(String(decoding: data, as: UTF8.self)) else { return 0 }
    let lower = Instant(utc: CivilDateTime(date: from, time: .midnight))
    let upper = Instant(utc: CivilDateTime(date: through, time: .midnight))
    var steps = 2_000
    for event in parsed.events where steps > 0 {
        guard let expansion = try? RecurrenceExpander.expansion(
            of: event, from: lower, through: upper, limit: 1_000, maximumSteps: min(steps, RecurrenceExpander.Expansion.maximumSteps))
        else { continue }
        steps -= expansion.steps
        precondition(expansion.starts.count <= 1_000)
    }
    return 0
}

exit(jumelage_fuzzer_main(CommandLine.argc, CommandLine.unsafeArgv))
