import Bilingual
import YAMLReading

extension Body {
    /// A warning when the body is said to be at parity (`parity: true`) and its seats differ
    /// from one country to another, or all sit for one country.
    public func parityIssue(in plan: Plan) -> SourceIssue? {
        guard parity else { return nil }
        let seats = self.seats(in: plan)
        let list = seats.map { "\($0.country) \($0.seats)" }.joined(separator: ", ")
        let undo = LocalizedText(fr: "ou retirez « parity: true »", en: "or remove 'parity: true'")
        if seats.count < 2 {
            return SourceIssue(
                location,
                LocalizedText(
                    fr:
                        "« \(name.fr) » est dit paritaire mais ses sièges sont tous d'un même pays (\(list.isEmpty ? "aucun membre" : list))",
                    en: "'\(name.en)' is said to be at parity but its seats are all for one country (\(list.isEmpty ? "no member" : list))"),
                hint: LocalizedText(fr: "ajoutez les membres de l'autre partie, \(undo.fr)", en: "add the other side's members, \(undo.en)")
            )
        }
        guard let most = seats.max(by: { $0.seats < $1.seats }), let least = seats.min(by: { $0.seats < $1.seats }),
            most.seats != least.seats
        else { return nil }
        let gap = most.seats - least.seats
        return SourceIssue(
            location,
            LocalizedText(
                fr: "« \(name.fr) » est dit paritaire mais ses sièges ne sont pas égaux : \(list)",
                en: "'\(name.en)' is said to be at parity but its seats are not equal: \(list)"),
            hint: seats.count == 2
                ? LocalizedText(
                    fr: "ajoutez \(gap) siège\(gap > 1 ? "s" : "") \(least.country) ou retirez-en \(gap) \(most.country), \(undo.fr)",
                    en: "add \(gap) \(least.country) seat\(gap > 1 ? "s" : "") or remove \(gap) \(most.country), \(undo.en)")
                : LocalizedText(fr: "donnez à chaque pays autant de sièges, \(undo.fr)", en: "give each country as many seats, \(undo.en)"))
    }
}
