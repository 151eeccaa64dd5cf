import CivilTime

/// One dated line of a deadline list.
struct DeadlineItem: Sendable {
    let date: String
    let datetime: String
    let label: String
    let estimated: Bool
    let estimatedLabel: String
    /// `past`, `soon` (within 30 days) or empty.
    let cssClass: String
    let colon: String
    let source: String?

    init(day: CivilDate, label: String, estimated: Bool, today: CivilDate, words: PageWords, source: String? = nil) {
        date = words.date(day)
        datetime = day.description
        let past = day < today
        self.label = past ? label + words.t(" (passée)", " (past)") : label
        self.estimated = estimated
        estimatedLabel = words.t("date estimée", "estimated date")
        cssClass = past ? "past" : (today.days(until: day) <= 30 ? "soon" : "")
        colon = words.colon
        self.source = source
    }
}
