/// Writing texts as YAML scalars.
package enum YAMLScalar {
    /// `string` as a plain scalar when it reads back as the same text, in block and in flow
    /// context (`[a, b]`, `{fr: …}`); double-quoted, with escapes, otherwise.
    package static func quoted(_ string: String) -> String {
        isPlainSafe(string) ? string : doubleQuoted(string)
    }

    package static func doubleQuoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Words YAML 1.1 reads as booleans or null.
    static let reserved: Set<String> = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~",
    ]

    static func isPlainSafe(_ string: String) -> Bool {
        let scalars = Array(string.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == " " || last == " " || first == "\t" || last == "\t" { return false }
        if reserved.contains(string.lowercased()) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        // Numbers, dates, times and the like: anything starting like a number.
        if ("0"..."9").contains(first) { return false }
        if first == "+" || first == "." { return false }
        if last == ":" { return false }
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x20 || scalar.value == 0x7F || [0x85, 0x2028, 0x2029, 0xFEFF].contains(scalar.value) { return false }
            if ",[]{}".unicodeScalars.contains(scalar) { return false }
            if scalar == ":" && index + 1 < scalars.count && (scalars[index + 1] == " " || scalars[index + 1] == "\t") { return false }
            if scalar == "#" && index > 0 && (scalars[index - 1] == " " || scalars[index - 1] == "\t") { return false }
        }
        return true
    }
}
