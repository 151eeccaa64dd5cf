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
    }

    let lines: [Line]
    /// Indices in `lines`, by property name.
    let linesByName: [String: [Int]]
    /// Indices in `lines` of the properties written directly in each VEVENT of the VCALENDAR.
    let eventLines: [[Int]]

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
                unfolded.append((number, line))
            }
        }

        var lines: [Line] = []
        var linesByName: [String: [Int]] = [:]
        var eventLines: [[Int]] = []
        var path: [String] = []
        for (number, text) in unfolded {
            let (name, value) = ContentLines.split(text)
            let upperValue = name == "BEGIN" || name == "END" ? value.uppercased() : ""
            if name == "END", let index = path.lastIndex(of: upperValue) {
                path.removeSubrange(index...)
            }
            let index = lines.count
            lines.append(Line(number: number, text: text, name: name, value: value, path: path))
            linesByName[name, default: []].append(index)
            if name == "BEGIN" {
                if upperValue == "VEVENT" && path == ["VCALENDAR"] { eventLines.append([]) }
                path.append(upperValue)
            } else if name != "END" && path == ["VCALENDAR", "VEVENT"] && !eventLines.isEmpty {
                eventLines[eventLines.count - 1].append(index)
            }
        }
        self.lines = lines
        self.linesByName = linesByName
        self.eventLines = eventLines
    }

    var endsCalendar: Bool {
        (linesByName["END"] ?? []).contains { lines[$0].value.uppercased() == "VCALENDAR" && lines[$0].path.isEmpty }
    }

    var beginsCalendar: Bool {
        (linesByName["BEGIN"] ?? []).contains { lines[$0].value.uppercased() == "VCALENDAR" }
    }

    /// Raw values of a property written directly in the `event`-th VEVENT.
    func rawValues(of property: String, inEvent event: Int) -> [String] {
        guard eventLines.indices.contains(event) else { return [] }
        return eventLines[event].map { lines[$0] }.filter { $0.name == property }.map(\.value)
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
