import Bilingual

/// "Did you mean …?" for misspelt keys and ids.
package enum Suggestion {
    package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(2, word.count / 3) else { return nil }
        return best.candidate
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit ("hots" → "host").
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    package static func didYouMean(_ word: String, among candidates: [String]) -> LocalizedText {
        if let match = closest(to: word, among: candidates) {
            return LocalizedText(fr: "vouliez-vous dire « \(match) » ?", en: "did you mean '\(match)'?")
        }
        if candidates.isEmpty {
            return LocalizedText(
                fr: "le plan n'en définit aucun : ajoutez-le dans sa section",
                en: "the plan defines none: add it to its section")
        }
        let list = candidates.sorted().joined(separator: ", ")
        return LocalizedText(fr: "valeurs possibles : \(list)", en: "expected one of: \(list)")
    }
}
