import Foundation

/// A byte-level lint of an iCalendar subscription feed (RFC 5545, RFC 7986 and what
/// Google, Apple, Outlook, Thunderbird and Nextcloud need; see shared/icalendar-notes.md).
///
/// Independent of libical on purpose: it reads the octets a subscriber receives, checks
/// the wire format on physical lines, unfolds, then checks properties and components.
public enum FeedLinter {
    /// Lints a feed; the issues are sorted by line, then rule.
    public static func lint(_ bytes: [UInt8]) -> [FeedLintIssue] {
        var linter = Linter()
        bytes.withUnsafeBufferPointer { linter.run($0) }
        return linter.issues.sorted { a, b in
            if a.line != b.line { return a.line < b.line }
            if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
            return a.message < b.message
        }
    }

    /// Lints the UTF-8 bytes of a string.
    public static func lint(_ text: String) -> [FeedLintIssue] {
        lint(Array(text.utf8))
    }

    /// Lints a file.
    public static func lint(contentsOf url: URL) throws -> [FeedLintIssue] {
        lint([UInt8](try Data(contentsOf: url)))
    }
}

// MARK: - Lines

/// A content line after unfolding, with what is needed to map an offset back to its
/// physical line.
struct LogicalLine {
    var bytes: [UInt8]
    var firstLine: Int
    /// Offsets in `bytes` where each continuation segment starts.
    var foldOffsets: [Int] = []
    /// Not a content line (already reported): do not parse.
    var skip = false

    func line(at offset: Int) -> Int {
        var line = firstLine
        for fold in foldOffsets where fold <= offset { line += 1 }
        return line
    }

    var lastLine: Int { firstLine + foldOffsets.count }
}

struct Linter {
    var issues: [FeedLintIssue] = []

    mutating func report(_ rule: FeedLintRule, _ line: Int, _ message: String) {
        issues.append(FeedLintIssue(rule: rule, line: line, message: message))
    }

    mutating func run(_ buf: UnsafeBufferPointer<UInt8>) {
        let lines = physicalPass(buf)
        var properties: [Property] = []
        properties.reserveCapacity(lines.count)
        for line in lines {
            checkContent(line)
            if line.skip { continue }
            if let property = parse(line) { properties.append(property) }
        }
        let calendars = buildTree(properties)
        for calendar in calendars { checkCalendar(calendar) }
    }

    // MARK: Physical lines

    /// Checks BOM, line breaks, line length, continuation lines and folds; returns the
    /// unfolded content lines.
    mutating func physicalPass(_ buf: UnsafeBufferPointer<UInt8>) -> [LogicalLine] {
        let n = buf.count
        var logical: [LogicalLine] = []
        var current: LogicalLine?
        var start = 0
        if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF {
            report(.byteOrderMark, 1, "the feed starts with a UTF-8 byte order mark (EF BB BF)")
            start = 3
        }
        // Content range of the previous physical line of the current logical line.
        var previousStart = 0
        var previousEnd = 0
        var lineNumber = 0
        while start < n {
            lineNumber += 1
            var end = start
            while end < n, buf[end] != 0x0A { end += 1 }
            var contentEnd = end
            if end < n {
                if end > start, buf[end - 1] == 0x0D {
                    contentEnd = end - 1
                } else {
                    report(.bareLF, lineNumber, "line ends with LF without CR")
                }
            } else if buf[end - 1] == 0x0D {
                contentEnd = end - 1
                report(.bareCR, lineNumber, "the last line ends with CR without LF")
            } else {
                report(.missingFinalCRLF, lineNumber, "the last line does not end with CRLF")
            }
            var cr = start
            while cr < contentEnd, buf[cr] != 0x0D { cr += 1 }
            if cr < contentEnd {
                report(.bareCR, lineNumber, "CR without LF at octet \(cr - start + 1)")
            }
            let length = contentEnd - start
            if length > 75 {
                report(.lineTooLong, lineNumber, "line is \(length) octets long (at most 75, line break excluded)")
            }

            if length == 0 {
                if let line = current {
                    logical.append(line)
                    current = nil
                }
                report(.malformedLine, lineNumber, "empty line")
            } else if buf[start] == 0x20 || buf[start] == 0x09 {
                if var line = current {
                    if foldSplitsSequence(buf, previousStart, previousEnd, start + 1, contentEnd) {
                        report(.foldSplitsUTF8, lineNumber, "the fold before this line splits a UTF-8 multi-byte sequence")
                    }
                    line.foldOffsets.append(line.bytes.count)
                    line.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[(start + 1)..<contentEnd]))
                    current = line
                } else {
                    report(
                        .badContinuation, lineNumber, "continuation line (starting with a space or tab) with no content line to continue")
                    current = LogicalLine(bytes: [], firstLine: lineNumber, skip: true)
                }
                previousStart = start + 1
                previousEnd = contentEnd
            } else {
                if let line = current { logical.append(line) }
                var line = LogicalLine(bytes: Array(UnsafeBufferPointer(rebasing: buf[start..<contentEnd])), firstLine: lineNumber)
                var p = start
                while p < contentEnd, isNameByte(buf[p]) { p += 1 }
                if p == start || (p < contentEnd && buf[p] != 0x3B && buf[p] != 0x3A) {
                    report(
                        .badContinuation, lineNumber,
                        "line starts neither with a property name followed by ';' or ':' nor with a space or tab (a fold without its leading space?)"
                    )
                    line.skip = true
                }
                current = line
                previousStart = start
                previousEnd = contentEnd
            }
            start = end + 1
        }
        if let line = current { logical.append(line) }
        return logical
    }

    /// True when the fold between `a` (previous segment) and `b` (next segment, without its
    /// leading whitespace) falls inside a UTF-8 multi-byte sequence.
    func foldSplitsSequence(_ buf: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> Bool {
        if bStart < bEnd, buf[bStart] & 0xC0 == 0x80 { return true }
        // Walk back over at most three continuation bytes to the lead byte.
        var p = aEnd - 1
        var trailing = 0
        while p >= aStart, trailing < 3, buf[p] & 0xC0 == 0x80 {
            p -= 1
            trailing += 1
        }
        guard p >= aStart else { return false }
        let lead = buf[p]
        let needed: Int
        switch lead {
        case 0xC0...0xDF: needed = 1
        case 0xE0...0xEF: needed = 2
        case 0xF0...0xF7: needed = 3
        default: return false
        }
        return trailing < needed
    }

    // MARK: Content

    /// UTF-8 validity and control characters on the unfolded line.
    mutating func checkContent(_ line: LogicalLine) {
        var invalid: Int?
        var control: Int?
        line.bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    if (b < 0x20 && b != 0x09 && b != 0x0D) || b == 0x7F {
                        if control == nil { control = i }
                        if invalid != nil { break }
                    }
                    i += 1
                    continue
                }
                if invalid != nil {
                    i += 1
                    continue
                }
                var need = 0
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0:
                    need = 2
                    low = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: need = 2
                case 0xED:
                    need = 2
                    high = 0x9F
                case 0xF0:
                    need = 3
                    low = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4:
                    need = 3
                    high = 0x8F
                default: need = -1
                }
                // The whole sequence must fit in the line.
                var ok = need > 0 && i + need < n
                if ok {
                    let c1 = p[i + 1]
                    if c1 < low || c1 > high { ok = false }
                    var k = 2
                    while ok, k <= need {
                        if p[i + k] & 0xC0 != 0x80 { ok = false }
                        k += 1
                    }
                }
                if ok {
                    i += need + 1
                } else {
                    invalid = i
                    if control != nil { break }
                    i += 1
                }
            }
        }
        if let offset = invalid {
            let hex = line.bytes[offset..<min(offset + 4, line.bytes.count)].map { String(format: "%02X", $0) }.joined(separator: " ")
            report(.invalidUTF8, line.line(at: offset), "invalid UTF-8 at octet \(offset + 1) of the unfolded line (\(hex))")
        }
        if let offset = control {
            report(
                .controlCharacter, line.line(at: offset),
                String(format: "control character U+%04X in a content line", Int(line.bytes[offset])))
        }
    }
}

@inline(__always)
func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D
}
