import Yams

/// Facts about one line of YAML text.
enum LineShape {
    static func indent(_ line: String) -> Int {
        var count = 0
        for scalar in line.unicodeScalars {
            guard scalar == " " else { break }
            count += 1
        }
        return count
    }

    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func isComment(_ line: String) -> Bool {
        line.unicodeScalars.first { $0 != " " && $0 != "\t" } == "#"
    }

    /// A line that is neither blank nor a comment.
    static func isContent(_ line: String) -> Bool { !isBlank(line) && !isComment(line) }

    /// The line without its first `count` unicode scalars.
    static func dropping(_ count: Int, from line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(count)))
    }

    /// The first `count` unicode scalars of the line.
    static func prefix(_ count: Int, of line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.prefix(count)))
    }

    static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(count, 0)) }

    /// The offset (in unicode scalars) where a trailing comment starts, looking from `start`:
    /// a `#` after a space or a tab, outside quotes.
    static func commentStart(in line: String, from start: Int) -> Int? {
        let scalars = Array(line.unicodeScalars)
        var quote: Unicode.Scalar?
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if open == "\"" && scalar == "\\" {
                    index += 1
                } else if scalar == open {
                    if open == "'" && index + 1 < scalars.count && scalars[index + 1] == "'" {
                        index += 1
                    } else {
                        quote = nil
                    }
                }
            } else if scalar == "\"" || scalar == "'" {
                if index == start || [" ", "\t", "[", "{", ","].contains(scalars[index - 1]) { quote = scalar }
            } else if scalar == "#" && (index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `node` is a block mapping or a block sequence of `lines` (Yams does not keep the
    /// style of collections: the character at the node's start tells).
    static func isBlockCollection(_ node: Node?, in lines: [String]) -> Bool {
        switch node {
        case .mapping, .sequence: return !isFlowCollection(node, in: lines)
        default: return false
        }
    }

    /// Whether `node` is a `{…}` mapping or a `[…]` sequence of `lines`.
    static func isFlowCollection(_ node: Node?, in lines: [String]) -> Bool {
        guard let mark = node?.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] == "{" || scalars[mark.column - 1] == "["
    }

    /// The lines of a standalone YAML text, without "\r", leading and trailing blank lines, and
    /// their common indentation.
    static func fragmentLines(_ text: String) -> [String] {
        var lines = TextLines(text).contents
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        let common = lines.filter(isContent).map(indent).min() ?? 0
        return lines.map { isBlank($0) ? "" : dropping(min(common, indent($0)), from: $0) }
    }
}
