/// The BEGIN/END skeleton of an iCalendar text, read line by line before libical sees it: how
/// deep components nest, and, when the text cannot be read, which line says why.
struct ICalendarStructure {
    /// Deepest component nesting accepted (VCALENDAR › VTIMEZONE › STANDARD is 3).
    static let maximumDepth = 32

    /// Components nested deeper than `maximumDepth`: the text is refused before libical parses it.
    private(set) var tooDeep: ICalendarProblem?
    /// The first thing wrong with the skeleton, if any: no BEGIN:VCALENDAR, an END that closes
    /// another component, a component never closed.
    private(set) var firstProblem: ICalendarProblem?

    init(_ text: String) {
        var open: [(name: String, line: Int)] = []
        var number = 0
        var lastContentLine = 0
        var sawCalendar = false
        var firstContent: (line: Int, text: String)?
        for physical in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let bytes = physical.last == UInt8(ascii: "\r") ? physical.dropLast() : physical
            guard let first = bytes.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else { continue }
            lastContentLine = number
            if firstContent == nil { firstContent = (number, String(decoding: bytes.prefix(200), as: UTF8.self)) }
            // Only BEGIN and END lines matter: skip the others without building a String.
            guard [UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "E"), UInt8(ascii: "e")].contains(first) else { continue }
            let line = String(decoding: bytes, as: UTF8.self)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].uppercased()
            let value = String(line[line.index(after: colon)...]).uppercased().trimmingSpaces
            if name == "BEGIN" {
                if value == "VCALENDAR" { sawCalendar = true }
                open.append((value, number))
                if open.count > Self.maximumDepth {
                    tooDeep = ICalendarProblem(
                        line: number,
                        message:
                            "components are nested more than \(Self.maximumDepth) deep (BEGIN:\(Self.shortened(value)))")
                    report(tooDeep!)
                    return
                }
            } else if name == "END" {
                guard let top = open.last else {
                    report(ICalendarProblem(line: number, message: "END:\(Self.shortened(value)) closes nothing"))
                    continue
                }
                if top.name == value {
                    open.removeLast()
                } else {
                    report(
                        ICalendarProblem(
                            line: number,
                            message:
                                "END:\(Self.shortened(value)) does not close BEGIN:\(Self.shortened(top.name)) of line \(top.line): an END:\(Self.shortened(top.name)) is missing"
                        ))
                    if let index = open.lastIndex(where: { $0.name == value }) { open.removeSubrange(index...) }
                }
            }
        }
        guard let firstContent else {
            report(ICalendarProblem(line: 1, message: "the file is empty"))
            return
        }
        if !sawCalendar {
            let binary = firstContent.text.unicodeScalars.contains {
                ($0.properties.generalCategory == .control && $0 != "\t") || $0 == "\u{FFFD}"
            }
            report(
                ICalendarProblem(
                    line: firstContent.line,
                    message: binary
                        ? "the file starts with binary data, not BEGIN:VCALENDAR: it is not an iCalendar file"
                        : "the file starts with '\(Self.shortened(firstContent.text))', not BEGIN:VCALENDAR: it is not an iCalendar file"))
        }
        if let unclosed = open.last {
            report(
                ICalendarProblem(
                    line: unclosed.line,
                    message:
                        "BEGIN:\(Self.shortened(unclosed.name)) is never closed: the file ends at line \(lastContentLine); it looks truncated"
                ))
        }
    }

    private mutating func report(_ problem: ICalendarProblem) {
        if firstProblem == nil { firstProblem = problem }
    }

    /// At most 40 characters of `text`, for messages.
    /// Control characters become '?', so that a message never carries terminal escapes.
    static func shortened(_ text: String, to length: Int = 40) -> String {
        let start = printable(String(String.UnicodeScalarView(text.unicodeScalars.prefix(length + 1))))
        return start.count > length ? String(start.prefix(length)) + "…" : start
    }

    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }
}

extension ICalendarError {
    /// For a refusal of `ICalendarReader.parse`, the line its message names (`line N: …`).
    public var line: Int? {
        guard message.hasPrefix("line "), let colon = message.firstIndex(of: ":") else { return nil }
        return Int(message[message.index(message.startIndex, offsetBy: 5)..<colon])
    }

    /// The message without its leading `line N: `.
    public var messageWithoutLine: String {
        guard line != nil, let colon = message.firstIndex(of: ":") else { return message }
        return String(message[message.index(after: colon)...]).trimmingSpaces
    }
}
