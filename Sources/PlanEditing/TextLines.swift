/// A text as lines, each with its own line ending, so that untouched lines keep their bytes.
struct TextLines: Sendable, Hashable {
    /// The lines without their ending.
    private(set) var contents: [String]
    /// The ending of each line: "\n", "\r\n", or "" for a last line without one.
    private(set) var endings: [String]
    /// The ending given to new lines: the file's most common one, "\n" by default.
    let newline: String
    /// Whether the text ends with a line ending; kept by every edit.
    let finalNewline: Bool

    init(_ text: String) {
        var contents: [String] = []
        var endings: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var crlf = 0
        var lf = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            var end = index
            if end > start, bytes[end - 1] == 0x0D {
                end -= 1
                crlf += 1
                endings.append("\r\n")
            } else {
                lf += 1
                endings.append("\n")
            }
            contents.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count {
            contents.append(String(decoding: bytes[start...], as: UTF8.self))
            endings.append("")
        }
        self.contents = contents
        self.endings = endings
        self.newline = crlf > lf ? "\r\n" : "\n"
        self.finalNewline = bytes.isEmpty || bytes.last == 0x0A
    }

    var count: Int { contents.count }

    subscript(index: Int) -> String { contents[index] }

    var text: String {
        var result = ""
        for index in contents.indices { result += contents[index] + endings[index] }
        return result
    }

    /// Replaces the lines of `range` by `lines`, which get the file's line ending.
    mutating func replace(_ range: Range<Int>, with lines: [String]) {
        contents.replaceSubrange(range, with: lines)
        endings.replaceSubrange(range, with: Array(repeating: newline, count: lines.count))
        for index in endings.indices.dropLast() where endings[index].isEmpty { endings[index] = newline }
        if let last = endings.indices.last {
            if !finalNewline {
                endings[last] = ""
            } else if endings[last].isEmpty {
                endings[last] = newline
            }
        }
    }
}
