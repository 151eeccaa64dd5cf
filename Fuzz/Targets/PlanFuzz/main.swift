import Bilingual
import CivilTime
import Foundation
import Feeds
import FuzzerDriver
import PlanModel
import PlanFormat
import Scheduling
import YAMLReading

// libFuzzer target for the plan loader: any bytes either load as a plan or are refused with a
// located SourceError; a loaded plan is then planned with a small effort and turned into feeds,
// as `jumelage plan --out` would. A crash, a leak, an input slower than `-timeout` or another
// error type than SourceError from the loader is a finding.
//
// Built by tools/fuzz.sh (-sanitize=fuzzer,address); run it through tools/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func planFuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let plan: Plan
    do {
        // A file name in a folder that does not exist: relative `busy:` paths resolve nowhere.
        plan = try PlanLoader.load(data: data, file: "/nonexistent-fuzz/plan.yaml")
    } catch let error as SourceError {
        for language in [Language.fr, .en] {
            let text = error.rendered(in: language)
            precondition(text.hasPrefix("/nonexistent-fuzz/plan.yaml:"), "a message without the file's location: \(text)")
        }
        return 0
    } catch {
        fatalError("PlanLoader threw \(type(of: error)), not a SourceError: \(error)")
    }
    // The solver's time limit is a documented guard, not under test here: an infeasible plan is
    // searched and then explained, each within `seconds`, so an input may take twice as long.
    let options = PlanningOptions(nodesPerComponent: 2_000, seconds: 0.1)
    guard let result = try? WorkspacePlanner.plan([plan], options: options) else { return 0 }
    if result.status != .infeasible && result.status != .unknown {
        do {
            for feed in try FeedBuilder().feeds(for: result.schedule) { _ = feed.text.utf8.count }
        } catch {
            fatalError("a loaded plan gave no feeds (exit 3 in `plan --out`): \(error)")
        }
    }
    return 0
}

exit(jumelage_fuzzer_main(CommandLine.argc, CommandLine.unsafeArgv))
