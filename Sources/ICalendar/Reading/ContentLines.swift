/// The input's content lines, unfolded, with where each starts: libical keeps no line numbers
/// and loses the escaped commas of CATEGORIES, so both are read from the text itself.
struct ContentLines {
    struct Line {
        /// 1-based physical line where the content line starts.
        let number: Int
        let text: String
        /// Upper-cased property name (or BEGIN/END).
        let name: String
        /// The raw value after the first colon outside quotes.
        let value: String
        /// Component names enclosing the line, outermost first.
        let path: [String]
        /// Index of the VCALENDAR's VEVENT containing the line.
        let event: Int?
    }

    let lines: [Line]

    init(_ text: String) {
        var unfolded: [(number: Int, text: String)] = []
        var number = 0
        // Split on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        for physical in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let bytes = physical.last == UInt8(ascii: "\r") ? physical.dropLast() : physical
            let line = String(decoding: bytes, as: UTF8.self)
            if let first = line.first, first == " " || first == "\t", !unfolded.isEmpty {
                unfolded[unfolded.count - 1].text += line.dropFirst()
            } else if !line.isEmpty {
                unfolded.append((number, String(line)))
            }
        }

        var lines: [Line] = []
        var path: [String] = []
        var eventCount = 0
        var currentEvent: Int?
        for (number, text) in unfolded {
            let (name, value) = ContentLines.split(text)
            let upperValue = value.uppercased()
            if name == "BEGIN" {
                if upperValue == "VEVENT" && path == ["VCALENDAR"] {
                    currentEvent = eventCount
                    eventCount += 1
                }
                lines.append(Line(number: number, text: text, name: name, value: value, path: path, event: currentEvent))
                path.append(upperValue)
                continue
            }
            if name == "END" {
                if let index = path.lastIndex(of: upperValue) { path.removeSubrange(index...) }
                lines.append(Line(number: number, text: text, name: name, value: value, path: path, event: currentEvent))
                if upperValue == "VEVENT" && path == ["VCALENDAR"] { currentEvent = nil }
                continue
            }
            lines.append(Line(number: number, text: text, name: name, value: value, path: path, event: currentEvent))
        }
        self.lines = lines
    }

    var endsCalendar: Bool {
        lines.contains { $0.name == "END" && $0.value.uppercased() == "VCALENDAR" && $0.path.isEmpty }
    }

    var eventCount: Int {
        lines.filter { $0.name == "BEGIN" && $0.value.uppercased() == "VEVENT" && $0.path == ["VCALENDAR"] }.count
    }

    /// Raw values of a property written directly in the `event`-th VEVENT.
    func rawValues(of property: String, inEvent event: Int) -> [String] {
        lines.filter { $0.event == event && $0.path == ["VCALENDAR", "VEVENT"] && $0.name == property }.map(\.value)
    }

    private static func split(_ text: String) -> (name: String, value: String) {
        let nameEnd = text.firstIndex { $0 == ";" || $0 == ":" } ?? text.endIndex
        var inQuotes = false
        var colon: String.Index?
        var index = nameEnd
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":" && !inQuotes {
                colon = index
                break
            }
            index = text.index(after: index)
        }
        let value = colon.map { String(text[text.index(after: $0)...]) } ?? ""
        return (String(text[..<nameEnd]).uppercased().trimmingSpaces, value)
    }
}
