import ArgumentParser
import Bilingual
import CivilTime

/// `--from DATE --to DATE`, checked: both dates valid, in order.
struct DateRangeArguments: ParsableArguments {
    @Option(help: "First date (YYYY-MM-DD).")
    var from: String

    @Option(help: "Last date (YYYY-MM-DD), included.")
    var to: String

    func validate() throws {
        guard let first = CivilDate(iso: from) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--from doit être une date AAAA-MM-JJ, pas « \(from) »", en: "--from must be a date YYYY-MM-DD, not '\(from)'")
            ).validation
        }
        guard let last = CivilDate(iso: to) else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--to doit être une date AAAA-MM-JJ, pas « \(to) »", en: "--to must be a date YYYY-MM-DD, not '\(to)'")
            ).validation
        }
        guard first <= last else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--to (\(to)) précède --from (\(from))", en: "--to (\(to)) is before --from (\(from))")
            ).validation
        }
    }

    var first: CivilDate { CivilDate(iso: from)! }
    var last: CivilDate { CivilDate(iso: to)! }
}
