import ArgumentParser
import Bilingual
import FeedModel
import Foundation
import PlanFormat

/// `jumelage generate --twinnings 200 --years 3 --seed 1 --out DIR`
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Writes a network-scale workspace (one plan per twinning) for benchmarks; the same seed gives the same files.")

    @Option(help: "Number of twinnings.")
    var twinnings: Int

    @Option(help: "Number of years planned.")
    var years: Int = 3

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Folder to write the plans to.")
    var out: String

    func validate() throws {
        guard (1...5000).contains(twinnings) else {
            throw CommandLineError.usage(LocalizedText(fr: "--twinnings doit aller de 1 à 5000", en: "--twinnings must be from 1 to 5000"))
                .validation
        }
        guard (1...10).contains(years) else {
            throw CommandLineError.usage(LocalizedText(fr: "--years doit aller de 1 à 10", en: "--years must be from 1 to 10")).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let files = NetworkGenerator(twinnings: twinnings, years: years, seed: seed).files()
            try AtomicFileWriter.write(files.map { ((out as NSString).appendingPathComponent($0.name), Data($0.text.utf8)) })
            print("\(files.count) plans written to \(out)")
        }
    }
}
