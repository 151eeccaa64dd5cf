/// Prepares TEXT values for libical.
///
/// libical 3.0.16 escapes `\` and newlines everywhere but leaves `,` and `;` bare in X- properties
/// and in CATEGORIES. Those values go to libical with the two characters replaced by
/// the noncharacters U+FDD0 and U+FDD1 (never valid in interchange, so stripped from all input), and the
/// serialised output swaps them for `\,` and `\;`. Each placeholder is three octets and its
/// replacement two ASCII octets, so libical's folding stays within 75 octets and on
/// character boundaries.
enum TextSanitizer {
    /// Line breaks become `\n`, tabs spaces; other control characters and the placeholders go.
    /// Works on UTF-8 octets: everything it removes or rewrites is recognised by its encoding
    /// (C0 controls and DEL; C1 controls `C2 80`–`C2 9F`; U+FDD0–U+FDEF `EF B7 90`–`EF B7 AF`;
    /// U+FFFE and U+FFFF `EF BF BE`, `EF BF BF`).
    static func clean(_ text: String) -> String {
        var text = text
        let cleaned = text.withUTF8 { bytes -> [UInt8]? in
            var output: [UInt8] = []
            var copiedUpTo = 0
            var previousWasCarriageReturn = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let followsCarriageReturn = previousWasCarriageReturn
                previousWasCarriageReturn = byte == 0x0D
                let replaced: (length: Int, by: UInt8?)
                switch byte {
                case 0x0A: replaced = (followsCarriageReturn ? 1 : 0, nil)
                case 0x0D: replaced = (1, 0x0A)
                case 0x09: replaced = (1, UInt8(ascii: " "))
                default: replaced = (removedLength(at: index, in: bytes), nil)
                }
                guard replaced.length > 0 else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copiedUpTo..<index])
                if let replacement = replaced.by { output.append(replacement) }
                index += replaced.length
                copiedUpTo = index
            }
            guard copiedUpTo > 0 else { return nil }
            output.append(contentsOf: bytes[copiedUpTo...])
            return output
        }
        return cleaned.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// How many octets at `index` `clean` drops: the whole encoding of a removed scalar, or 0.
    private static func removedLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x00...0x1F, 0x7F:
            return 1
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return 2
        case 0xEF where index + 2 < bytes.count:
            let second = bytes[index + 1], third = bytes[index + 2]
            return (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third >= 0xBE) ? 3 : 0
        default:
            return 0
        }
    }

    /// For values libical writes verbatim (URI): no line break may survive.
    static func singleLine(_ text: String) -> String {
        String(clean(text).unicodeScalars.filter { $0 != "\n" })
    }

    /// Cleans and marks `,` and `;` so that they come out escaped whatever libical does.
    static func shielded(_ text: String) -> String {
        var cleaned = clean(text)
        let marked = cleaned.withUTF8 { bytes -> [UInt8]? in
            guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: ","): output += [0xEF, 0xB7, 0x90]
                case UInt8(ascii: ";"): output += [0xEF, 0xB7, 0x91]
                default: output.append(byte)
                }
            }
            return output
        }
        return marked.map { String(decoding: $0, as: UTF8.self) } ?? cleaned
    }

    /// Replaces the placeholders in libical's output by the escapes they stand for.
    static func unshield(_ output: String) -> String {
        var text = output
        let escaped = text.withUTF8 { bytes -> [UInt8]? in
            var escaped: [UInt8] = []
            var copiedUpTo = 0
            var index = 0
            while index + 2 < bytes.count {
                guard bytes[index] == 0xEF, bytes[index + 1] == 0xB7, bytes[index + 2] & 0xFE == 0x90 else {
                    index += 1
                    continue
                }
                if escaped.isEmpty { escaped.reserveCapacity(bytes.count) }
                escaped.append(contentsOf: bytes[copiedUpTo..<index])
                escaped.append(UInt8(ascii: "\\"))
                escaped.append(bytes[index + 2] == 0x90 ? UInt8(ascii: ",") : UInt8(ascii: ";"))
                index += 3
                copiedUpTo = index
            }
            guard copiedUpTo > 0 else { return nil }
            escaped.append(contentsOf: bytes[copiedUpTo...])
            return escaped
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? output
    }

    /// Splits a raw multi-valued TEXT value (`a\,b,c`) on its unescaped commas and unescapes each part.
    static func splitTextList(_ raw: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaping = false
        for character in raw {
            if escaping {
                switch character {
                case "n", "N": current.append("\n")
                default: current.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                values.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        values.append(current)
        return values
    }
}
