import Bilingual
import PlaceCalendars
import Testing
import YAMLReading

/// A broken set of calendar data files and the whole message it gives, in English and French.
struct CalendarMistake: Sendable, CustomTestStringConvertible {
    let name: String
    /// File name → text; the messages name the file by this name.
    let files: [String: String]
    let en: String
    let fr: String

    init(_ name: String, _ files: [String: String], en: String, fr: String) {
        self.name = name
        self.files = files
        self.en = en
        self.fr = fr
    }

    var sources: [CalendarSource] {
        files.sorted { $0.key < $1.key }.map { CalendarSource(path: $0.key, text: $0.value) }
    }

    var testDescription: String { name }

    /// Checks both renderings of `error`, the message of this mistake.
    func expectRendered(_ error: SourceError, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(error.rendered(in: .en) == en, sourceLocation: sourceLocation)
        #expect(error.rendered(in: .fr) == fr, sourceLocation: sourceLocation)
    }
}
