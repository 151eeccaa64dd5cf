/// Finds the input line an X-LIC-ERROR (or a mapping problem) is about.
struct ProblemLocator {
    let lines: ContentLines
    private var used = Set<Int>()
    /// Each line upper-cased, for case-insensitive searches: made on the first problem only.
    private lazy var upperTexts: [String] = lines.lines.map { $0.text.uppercased() }

    init(lines: ContentLines) {
        self.lines = lines
    }

    /// libical's messages end with the offending text after the first ": " ("Can't parse as
    /// DATE-TIME value in DTEND property. Removing entire property: 2024031") and often name the
    /// property ("in DTEND property").
    mutating func locate(libicalMessage message: String) -> Int? {
        let fragment = message.firstRange(of: ": ").map { String(message[$0.upperBound...]).trimmingSpaces }
        let property = Self.propertyName(in: message)
        return locate(property: property, containing: fragment)
            ?? (property == nil ? nil : locate(property: property, containing: nil))
    }

    /// The first line not reported yet (else the first line) with that property name, containing
    /// `fragment`; the lines of VEVENT number `event` are searched first.
    mutating func locate(property: String?, containing fragment: String?, inEvent event: Int? = nil) -> Int? {
        let fragment = fragment?.uppercased() ?? ""
        let property = property?.uppercased()
        let all = lines.lines
        let upperTexts = fragment.isEmpty ? [] : self.upperTexts
        let wanted: (Int) -> Bool = {
            (property == nil || all[$0].name == property) && (fragment.isEmpty || upperTexts[$0].contains(fragment))
        }
        var searches: [[Int]] = []
        if let event, lines.eventLines.indices.contains(event) { searches.append(lines.eventLines[event]) }
        searches.append(property.map { lines.linesByName[$0] ?? [] } ?? Array(all.indices))
        for candidates in searches {
            if let match = candidates.first(where: { !used.contains($0) && wanted($0) }) ?? candidates.first(where: wanted) {
                used.insert(match)
                return all[match].number
            }
        }
        return nil
    }

    private static func propertyName(in message: String) -> String? {
        let words = message.split(separator: " ")
        for index in words.indices.dropLast(2) where words[index] == "in" && words[index + 2].hasPrefix("property") {
            return String(words[index + 1])
        }
        return nil
    }
}
