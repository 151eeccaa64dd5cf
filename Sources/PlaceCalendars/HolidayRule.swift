import Bilingual
import YAMLReading

/// One entry of a holiday file: who it is, and its yearly rule.
struct HolidayRule: JurisdictionEntry {
    static let listKey = "holidays"
    static let keys = ["id", "name", "category", "employerChoice"] + YearlyRule.keys

    let id: String
    let name: LocalizedText
    let category: HolidayCategory
    let employerChoice: Bool
    let rule: YearlyRule

    init?(map: MappingReader) {
        let start = map.reader.issues.count
        let id = map.string("id", required: true)
        let name = map.bilingual("name", required: true)
        let category = map.choice("category", as: HolidayCategory.self, required: true)
        let employerChoice = map.bool("employerChoice") ?? false
        let entry =
            id.map { LocalizedText(fr: "le jour férié « \($0) »", en: "holiday '\($0)'") }
            ?? LocalizedText(fr: "ce jour férié", en: "this holiday")
        let rule = YearlyRule(map: map, entry: entry)
        guard let id, let name, let category, let rule, map.reader.issues.count == start else { return nil }
        self.id = id
        self.name = name
        self.category = category
        self.employerChoice = employerChoice
        self.rule = rule
    }
}
