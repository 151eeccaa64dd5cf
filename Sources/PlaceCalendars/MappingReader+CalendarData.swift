import Bilingual
import CivilTime
import YAMLReading

extension MappingReader {
    /// Weekdays as calendar data files write them, Monday first.
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let frenchWeekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// A name written `{fr: …, en: …}`: calendar data names everything in both languages.
    func bilingual(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let names = mapping(key, keys: ["fr", "en"], required: required) else { return nil }
        guard let fr = names.string("fr", required: true), let en = names.string("en", required: true) else { return nil }
        return LocalizedText(fr: fr, en: en)
    }

    /// A weekday written in English, in any case (`monday`).
    func weekday(_ key: String, required: Bool = false) -> Weekday? {
        guard let value = required ? require(key) : node(key), let text = reader.string(value, context: key) else { return nil }
        let names = MappingReader.weekdayNames
        if let index = names.firstIndex(of: text.lowercased()) { return Weekday.allCases[index] }
        let french = MappingReader.frenchWeekdayNames.firstIndex(of: text.lowercased()).map { names[$0] }
        reader.report(
            value,
            LocalizedText(
                fr: "« \(text) » n'est pas un jour de la semaine pour « \(key) »",
                en: "'\(text)' is not a weekday for '\(key)'"),
            hint: french.map {
                LocalizedText(
                    fr: "les jours s'écrivent en anglais : « \($0) »",
                    en: "weekdays are written in English: '\($0)'")
            }
                ?? Suggestion.closest(to: text, among: names).map {
                    LocalizedText(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean '\($0)'?")
                }
                ?? LocalizedText(
                    fr: "écrivez un jour en anglais : \(names.joined(separator: ", "))",
                    en: "write a weekday in English: \(names.joined(separator: ", "))"))
        return nil
    }
}
