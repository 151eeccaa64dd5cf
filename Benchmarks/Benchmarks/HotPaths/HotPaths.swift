import Benchmark
import CivilTime
import FeedLint
import Foundation
import ICalendar
import PlaceCalendars
import PlanFormat
import Scheduling

// Micro-benchmarks of the hot paths, through the public API only: holiday rule evaluation,
// planning (every constraint check of the solver), feed serialisation and the feed lint.
// Each carries an allocation threshold (`mallocCountTotal`): `swift package --package-path
// Benchmarks benchmark thresholds check` fails when a change allocates more than the recorded
// thresholds in Benchmarks/Thresholds allow (see bench/micro.sh).

/// The repository root: this file is Benchmarks/Benchmarks/HotPaths/HotPaths.swift.
let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let calendarsFolder = repository.appendingPathComponent("calendars")

/// 2 % of slack on the allocation count (p90, the percentile `thresholds check` compares): planning
/// varies by a few dozen allocations from run to run; one more allocation per call of a small path
/// (34 for a year of holidays) is a regression and shows.
func allocations(_ percent: Double = 2) -> [BenchmarkMetric: BenchmarkThresholds] {
    [.mallocCountTotal: BenchmarkThresholds(relative: [.p90: percent])]
}

// Names without spaces: the thresholds files are named after them, and the tool reads them back
// under the name as written.
let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident]

/// `count` events of the shapes a plan publishes: zoned meetings, all-day days and weekly series.
func sampleCalendar(events count: Int) -> ICalendar.Calendar {
    let stamp = Instant(utc: CivilDateTime(iso: "2025-11-03T14:00:00")!)
    let first = CivilDate(iso: "2025-01-06")!
    let zones = ["America/Toronto", "Europe/Brussels"]
    let events = (0..<count).map { index -> Event in
        let day = first.adding(days: (index * 37) % 900)
        let at = CivilDateTime(date: day, time: TimeOfDay(hour: 9 + index % 8, minute: 0)!)
        let zone = zones[index % 2]
        var event = Event(
            uid: "micro-\(index)@jumelage.example", stamp: stamp,
            start: .zoned(at, zone: zone), end: .zoned(at.adding(seconds: 5400), zone: zone),
            summary: "Comité de suivi n° \(index) — Québec, Namur; bilan",
            description: "Ordre du jour : accueil, bilan; perspectives.\nAgenda: welcome, review; outlook.",
            location: "Hôtel de ville de Namur, esplanade de l'Hôtel de ville 1, Namur",
            categories: ["culture", "économie"], status: .confirmed)
        switch index % 3 {
        case 1:
            event.start = .date(day)
            event.end = .date(day.adding(days: 1 + index % 4))
            event.transparency = .transparent
        case 2:
            event.recurrenceRule = "FREQ=WEEKLY;COUNT=\(4 + index % 10)"
            event.exceptionDates = [.zoned(at.adding(seconds: 7 * 86_400), zone: zone)]
        default:
            break
        }
        return event
    }
    return ICalendar.Calendar(productID: "-//Jumelage//micro//FR", name: "Jumelage — micro", events: events)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, maxDuration: .seconds(2), maxIterations: 1_000)

    let holidays = try! HolidayCatalog(directory: calendarsFolder.appendingPathComponent("holidays"))
    for jurisdiction in ["CA-QC", "BE-WAL-NAMUR"] {
        Benchmark("holidays-\(jurisdiction)-2024-2026", configuration: .init(thresholds: allocations())) { benchmark in
            for _ in benchmark.scaledIterations {
                for year in 2024...2026 {
                    blackHole(try holidays.holidays(in: jurisdiction, year: year))
                }
            }
        }
    }

    let planFile = calendarsFolder.appendingPathComponent("quebec-namur-2024-2026.yaml").path
    let options = PlanningOptions(calendarsDirectory: calendarsFolder)
    Benchmark("load-and-plan-quebec-namur-2024-2026", configuration: .init(maxIterations: 100, thresholds: allocations())) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try WorkspacePlanner.plan(try PlanLoader.load(paths: [planFile]), options: options))
        }
    }
    // A small generated workspace (10 twinnings over 2 years, fixed seed): its plans are loaded
    // once, so that only planning is measured, whatever plans calendars/ holds.
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-hotpaths-\(getpid())")
    try! FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    for file in NetworkGenerator(twinnings: 10, years: 2, seed: 1).files() {
        try! Data(file.text.utf8).write(to: workspace.appendingPathComponent(file.name))
    }
    let generated = try! PlanLoader.load(paths: [workspace.path])
    try? FileManager.default.removeItem(at: workspace)
    Benchmark("plan-generated-workspace-10-twinnings-2-years", configuration: .init(maxIterations: 100, thresholds: allocations())) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try WorkspacePlanner.plan(generated, options: options))
        }
    }

    let calendar500 = sampleCalendar(events: 500)
    Benchmark("serialize-500-events", configuration: .init(thresholds: allocations())) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ICalendarWriter.serialize(calendar500))
        }
    }

    // About 1 MB of feed, written by Jumelage itself: as many events as 1 MiB holds.
    let perEvent = try! ICalendarWriter.serialize(calendar500).utf8.count / 500
    let feed = Array(try! ICalendarWriter.serialize(sampleCalendar(events: 1_048_576 / perEvent)).utf8)
    let feedBytes = feed
    Benchmark("lint-1MB-feed", configuration: .init(thresholds: allocations())) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(FeedLinter.lint(feedBytes))
        }
    }
}
