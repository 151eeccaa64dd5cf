@testable import ICalendar
import Testing

/// The sanitizer works on UTF-8 octets for speed; these check it against the rules stated scalar
/// by scalar, on text built from the characters where an octet-level slip would show.
@Suite("TextSanitizer")
struct TextSanitizerTests {
    /// The rules of `clean`, one Unicode scalar at a time.
    static func referenceClean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCarriageReturn: continue
            case 0x0A: scalars.append(scalar)
            case 0x0D: scalars.append("\n")
            case 0x09: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Neighbours of every removed range share lead octets with it: é (C3 A9), NBSP (C2 A0),
    /// U+FDCF/U+FDF0 (EF B7 8F, EF B7 B0), U+FFFD (EF BF BD), U+FEFF (EF BB BF).
    static let alphabet: [String] = [
        "a", "Z", " ", ",", ";", "\\", "é", "Québec", "€", "😀", "\u{A0}", "\u{FDCF}", "\u{FDF0}", "\u{FFFD}", "\u{FEFF}",
        "\r", "\n", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
        nonCharacter(0xFDD0), nonCharacter(0xFDD1), nonCharacter(0xFDEF), nonCharacter(0xFFFE), nonCharacter(0xFFFF),
    ]

    /// Noncharacters cannot be written in Swift literals.
    static func nonCharacter(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

    /// Every text of up to `length` pieces of the alphabet (27,930 for three).
    static func allTexts(upTo length: Int) -> [String] {
        var texts = [""], level = [""]
        for _ in 0..<length {
            level = level.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += level
        }
        return texts
    }

    @Test func cleanMatchesTheScalarRules() {
        for text in Self.allTexts(upTo: 3) {
            #expect(TextSanitizer.clean(text) == Self.referenceClean(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func cleanExamples() {
        #expect(TextSanitizer.clean("Mission à Namur\r\nJour 2\rJour 3\n\tfin") == "Mission à Namur\nJour 2\nJour 3\n fin")
        #expect(TextSanitizer.clean("a\u{85}b" + Self.nonCharacter(0xFDD0) + "c" + Self.nonCharacter(0xFFFF) + "d\u{0}") == "abcd")
        #expect(TextSanitizer.clean("déjà vu\u{A0}!") == "déjà vu\u{A0}!")
        #expect(TextSanitizer.clean("\r\u{7F}\n") == "\n\n")
    }

    @Test func shieldingThenUnshieldingEscapesCommasAndSemicolons() {
        for text in Self.allTexts(upTo: 2) {
            let expected = Self.referenceClean(text)
                .replacingEvery(",", by: "\\,").replacingEvery(";", by: "\\;")
            #expect(TextSanitizer.unshield(TextSanitizer.shielded(text)) == expected)
        }
        #expect(
            TextSanitizer.unshield("CATEGORIES:a" + Self.nonCharacter(0xFDD0) + "b" + Self.nonCharacter(0xFDD1) + "c\r\n")
                == "CATEGORIES:a\\,b\\;c\r\n")
        #expect(TextSanitizer.unshield(Self.nonCharacter(0xFDD0)) == "\\,")
        #expect(TextSanitizer.unshield("no placeholder, here; \u{FDCF}") == "no placeholder, here; \u{FDCF}")
    }
}

private extension String {
    func replacingEvery(_ character: Character, by replacement: String) -> String {
        var result = ""
        for each in self { if each == character { result += replacement } else { result.append(each) } }
        return result
    }
}
