import ArgumentParser
import CivilTime

/// `--from DATE --to DATE`, checked: both dates valid, in order.
struct DateRangeArguments: ParsableArguments {
    @Option(help: "First date (YYYY-MM-DD).")
    var from: String

    @Option(help: "Last date (YYYY-MM-DD), included.")
    var to: String

    func validate() throws {
        guard let first = CivilDate(iso: from) else { throw ValidationError("--from must be a date YYYY-MM-DD, not '\(from)'") }
        guard let last = CivilDate(iso: to) else { throw ValidationError("--to must be a date YYYY-MM-DD, not '\(to)'") }
        guard first <= last else { throw ValidationError("--to (\(to)) is before --from (\(from))") }
    }

    var first: CivilDate { CivilDate(iso: from)! }
    var last: CivilDate { CivilDate(iso: to)! }
}
