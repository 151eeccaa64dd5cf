import Bilingual

extension ExchangeWindow {
    /// How long a stay in this window may last, and the travel days on top, for a window whose
    /// stay is chosen inside it.
    var stayNote: LocalizedText {
        let stay = stayDays
        var text = LocalizedText(
            fr: "Séjour de \(stay.lowerBound) à \(stay.upperBound) jours à choisir dans la fenêtre",
            en: "A stay of \(stay.lowerBound) to \(stay.upperBound) days, anywhere in the window")
        if type.travelDays > 0 {
            text.fr += ", plus jusqu'à \(type.travelDays) jours de voyage"
            text.en += ", plus up to \(type.travelDays) travel days"
        }
        return LocalizedText(fr: text.fr + ".", en: text.en + ".")
    }
}
