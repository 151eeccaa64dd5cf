import Bilingual
import PlanModel

extension PermitRequirement {
    /// The note a window shows for this permit: what, for which stays, and how long before.
    var note: LocalizedText {
        let condition =
            longerThanDays.map {
                LocalizedText(fr: " (séjour de plus de \($0) jours)", en: " (stays over \($0) days)")
            } ?? LocalizedText("")
        return LocalizedText(
            fr: "\(name.fr)\(condition.fr) : à demander au moins \(leadDays) jours avant le départ\(estimated ? " (délai estimé)" : "").",
            en: "\(name.en)\(condition.en): apply at least \(leadDays) days before leaving\(estimated ? " (estimated lead time)" : "").")
    }
}
