import PlanModel

/// The model of an annual report (HTML and Markdown).
struct ReportPage: Sendable {
    struct Indicator: Sendable {
        let domain: String
        let activities: Int
        let held: Int
        let toConfirm: Int
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
        let projectsHeading: String
        let projects: [String]
        let hasProjects: Bool
        let targetsHeading: String
        let targetColumns: [String]
        let targets: [TargetRow]
        let hasTargets: Bool
    }

    /// One project indicator: what it realised in the year against its target.
    struct TargetRow: Sendable {
        let indicator: String
        let project: String
        let realised: String
        let target: String
        /// « atteinte » / « non atteinte », when both values are known.
        let state: String?
        let stateClass: String
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
    /// The partners' follow-up offices.
    let followUp: String?
    let indicatorsHeading: String
    let columns: [String]
    let indicators: [Indicator]
    let domains: [Domain]
}
