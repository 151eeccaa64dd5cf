import Mustache

/// Escapes text for Markdown: the characters that would start emphasis, links, code, headings,
/// tables or HTML become literal (`\*`, `&lt;`), and line breaks become spaces, so a value
/// stays inside its table cell or list item.
struct MarkdownContentType: MustacheContentType {
    /// Emphasis, code, links and images (brackets), table cells, strikethrough. Values never
    /// start a line in the templates, so `#`, `+`, `-` and `1.` cannot start a block.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\r\n", "\t": result += " "
            default:
                if Self.special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}
