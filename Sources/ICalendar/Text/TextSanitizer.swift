/// Prepares TEXT values for libical.
///
/// libical 3.0.16 escapes `\` and newlines everywhere but leaves `,` and `;` bare in X- properties
/// and in CATEGORIES. Those values go to libical with the two characters replaced by
/// noncharacters (never valid in interchange, so stripped from all input), and the
/// serialised output swaps them for `\,` and `\;`. Each placeholder is three octets and its
/// replacement two ASCII octets, so libical's folding stays within 75 octets and on
/// character boundaries.
enum TextSanitizer {
    static let commaPlaceholder = Unicode.Scalar(0xFDD0 as UInt32)!
    static let semicolonPlaceholder = Unicode.Scalar(0xFDD1 as UInt32)!

    /// Line breaks become `\n`, tabs spaces; other control characters and the placeholders go.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCarriageReturn { scalars.append(scalar) }
            case 0x0D:
                scalars.append("\n")
            case 0x09:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// For values libical writes verbatim (URI): no line break may survive.
    static func singleLine(_ text: String) -> String {
        String(clean(text).unicodeScalars.filter { $0 != "\n" })
    }

    /// Cleans and marks `,` and `;` so that they come out escaped whatever libical does.
    static func shielded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case ",": scalars.append(commaPlaceholder)
            case ";": scalars.append(semicolonPlaceholder)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Replaces the placeholders in libical's output by the escapes they stand for.
    static func unshield(_ output: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in output.unicodeScalars {
            switch scalar {
            case commaPlaceholder: scalars.append(contentsOf: "\\,".unicodeScalars)
            case semicolonPlaceholder: scalars.append(contentsOf: "\\;".unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
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
