import Bilingual

extension SourceError {
    /// The first `limit` mistakes in file order, and a last one counting the others.
    package init(listing issues: [SourceIssue], limit: Int) {
        let sorted = issues.sorted()
        guard sorted.count > limit else {
            self.init(sorted)
            return
        }
        let rest = sorted.count - limit
        self.init(
            Array(sorted.prefix(limit)) + [
                SourceIssue(
                    sorted[limit].location,
                    LocalizedText(
                        fr: "\(rest) autre\(rest > 1 ? "s" : "") erreur\(rest > 1 ? "s" : "") à partir d'ici ne sont pas listées",
                        en: "\(rest) more mistake\(rest > 1 ? "s" : "") from here on \(rest > 1 ? "are" : "is") not listed"),
                    hint: LocalizedText(
                        fr: "corrigez les \(limit) premières puis relancez",
                        en: "fix the first \(limit) and run again"))
            ])
    }
}
