import PlanFormat

/// The model of an annual report (HTML and Markdown).
struct ReportPage: Sendable {
    struct Indicator: Sendable {
        let domain: String
        let activities: Int
        let held: Int
        let missions: Int
        let delegates: Int
        let mobility: Int
    }

    struct Domain: Sendable {
        let anchor: String
        let name: String
        let activities: [Activity]
        let hasActivities: Bool
        let noActivities: String
        let mobilityHeading: String
        let mobility: [String]
        let hasMobility: Bool
    }

    struct Activity: Sendable {
        let dates: String
        let datetime: String
        let title: String
        let kind: String
        let place: String?
        let delegation: String?
        let status: String
        let colon: String
    }

    let chrome: PageChrome
    let heading: String
    let period: String
    let asOf: String
    let indicatorsHeading: String
    let columns: [String]
    let indicators: [Indicator]
    let domains: [Domain]
}
