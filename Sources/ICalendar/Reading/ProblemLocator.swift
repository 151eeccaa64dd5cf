/// Finds the input line an X-LIC-ERROR (or a mapping problem) is about.
struct ProblemLocator {
    let lines: ContentLines
    private var used = Set<Int>()

    init(lines: ContentLines) {
        self.lines = lines
    }

    /// libical's messages end with the offending text after the first ": " ("Can't parse as
    /// DATE-TIME value in DTEND property. Removing entire property: 2024031") and often name the
    /// property ("in DTEND property"). The first line not reported yet that matches both wins.
    mutating func locate(libicalMessage message: String) -> Int? {
        let fragment = message.firstRange(of: ": ").map { String(message[$0.upperBound...]).trimmingSpaces }
        let property = Self.propertyName(in: message)
        return locate(property: property, containing: fragment)
            ?? (property == nil ? nil : locate(property: property, containing: nil))
    }

    mutating func locate(property: String?, containing fragment: String?) -> Int? {
        let fragment = fragment?.uppercased()
        let wanted: (ContentLines.Line) -> Bool = { line in
            if let property, line.name != property.uppercased() { return false }
            if let fragment, !fragment.isEmpty, !line.text.uppercased().contains(fragment) { return false }
            return true
        }
        let match = lines.lines.first { !used.contains($0.number) && wanted($0) }
            ?? lines.lines.first(where: wanted)
        if let match { used.insert(match.number) }
        return match?.number
    }

    private static func propertyName(in message: String) -> String? {
        let words = message.split(separator: " ")
        for index in words.indices.dropLast(2) where words[index] == "in" && words[index + 2].hasPrefix("property") {
            return String(words[index + 1])
        }
        return nil
    }
}
