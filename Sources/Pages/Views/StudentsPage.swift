/// The model of `/etudiants` and `/students`.
struct StudentsPage: Sendable {
    struct Programme: Sendable {
        let anchor: String
        let title: String
        let agreement: String?
        /// « Pour les personnes de 18 à 35 ans. »
        let audience: String?
        let directions: [Direction]
    }

    struct Direction: Sendable {
        let anchor: String
        let heading: String
        let webcal: String
        let google: String
        let https: String
        let subscribeLabel: String
        let googleLabel: String
        let downloadLabel: String
        let requirements: [String]
        let hasRequirements: Bool
        let upcomingHeading: String
        let upcoming: [DeadlineItem]
        let hasUpcoming: Bool
        let noUpcoming: String
        /// « Années passées, non affichées : 2024/2025. »
        let pastYears: String?
        let years: [Year]
    }

    struct Year: Sendable {
        let heading: String
        let months: [Timeline.Month]
        let rows: [Timeline.Row]
        let windows: [Window]
    }

    struct Window: Sendable {
        let title: String
        let type: String
        let colon: String
        let start: String
        let startISO: String
        let end: String
        let endISO: String
        let length: String
        let estimated: Bool
        let estimatedLabel: String
        let deadlines: [DeadlineItem]
        let hasDeadlines: Bool
        let overlapText: String?
        let notes: [String]
    }

    let chrome: PageChrome
    let heading: String
    let intro: [String]
    let tocLabel: String
    let hasProgrammes: Bool
    let noProgrammes: String
    let programmes: [Programme]
}
