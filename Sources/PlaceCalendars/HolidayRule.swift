import Bilingual
/// One entry of a holiday file: who it is, and its yearly rule.
struct HolidayRule: JurisdictionEntry {
    static let listKey = "holidays"

    let id: String
    let name: LocalizedText
    let category: HolidayCategory
    let employerChoice: Bool
    let rule: YearlyRule

    init(node: DataNode, jurisdiction: String) throws {
        let fields = try node.mapping(
            "a holiday of \(jurisdiction)",
            allowed: ["id", "name", "category", "employerChoice"] + YearlyRule.keys,
            required: ["id", "name", "category"])
        id = try fields["id"]!.string("the id")
        let what = "holiday `\(id)`"
        name = try fields["name"]!.name("the name of \(what)")
        let categoryText = try fields["category"]!.string("the category of \(what)")
        guard let category = HolidayCategory(rawValue: categoryText) else {
            throw fields["category"]!.error(
                "unknown category `\(categoryText)` for \(what)",
                fix: "use one of: \(HolidayCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.category = category
        employerChoice = try fields["employerChoice"]?.bool("employerChoice of \(what)") ?? false
        rule = try YearlyRule(fields: fields, entry: node, what: what)
    }
}
