import PlanModel

/// The model of `/tableau-de-bord` and `/dashboard`.
struct DashboardPage: Sendable {
    struct TocEntry: Sendable {
        let anchor: String
        let label: String
    }

    struct ProtocolSection: Sendable {
        let anchor: String
        let title: String
        let summary: String
        let domains: [Domain]
    }

    struct Domain: Sendable {
        let name: String
        let counts: String
        let hasActivities: Bool
        let activities: [Activity]
        let dateHeader: String
        let activityHeader: String
        let statusHeader: String
    }

    struct Activity: Sendable {
        let dates: String
        let title: String
        let kind: String
        let status: String
        let statusClass: String
    }

    struct Body: Sendable {
        let name: String
        let plan: String
        let seats: String
        let parity: String?
        let parityClass: String
        let members: [String]
        let hasMembers: Bool
        let meetings: String
    }

    struct ProjectGroup: Sendable {
        let title: String
        let lines: [String]
    }

    struct Conflict: Sendable {
        let location: String
        let message: String
        let colon: String
    }

    struct Balance: Sendable {
        let caption: String
        let rows: [BalanceRow]
        let yearHeader: String
        let directionHeader: String
        let plannedHeader: String
        let quotaHeader: String
        let gapHeader: String
        let balancedHeader: String
    }

    struct BalanceRow: Sendable {
        let year: String
        let direction: String
        let planned: String
        let quota: String
        let gap: String
        let balanced: String
        let balancedClass: String
    }

    struct ReportGroup: Sendable {
        let title: String
        let links: [ReportLink]
    }

    struct ReportLink: Sendable {
        let year: String
        let html: String
        let markdown: String
        let htmlLabel: String
        let markdownLabel: String
        let colon: String
    }

    let chrome: PageChrome
    let heading: String
    let asOf: String
    let tocLabel: String
    let toc: [TocEntry]
    let protocolsHeading: String
    let protocols: [ProtocolSection]
    let deadlinesHeading: String
    let deadlines: [DeadlineItem]
    let hasDeadlines: Bool
    let noDeadlines: String
    let deadlinesLeftOut: String
    let pastDeadlinesHeading: String
    let pastDeadlines: [DeadlineItem]
    let hasPastDeadlines: Bool
    let bodiesHeading: String
    let bodies: [Body]
    let hasBodies: Bool
    let noBodies: String
    let projectsHeading: String
    let projects: [ProjectGroup]
    let hasProjects: Bool
    let noProjects: String
    let registryHeading: String
    let registrySummary: String
    let registryHref: String
    let registryLinkLabel: String
    let anniversariesHeading: String
    let anniversaries: [String]
    let hasAnniversaries: Bool
    let noAnniversaries: String
    let endingHeading: String
    let ending: [String]
    let hasEnding: Bool
    let noEnding: String
    let planningHeading: String
    let statusLine: String
    let violationsLine: String?
    let conflictsHeading: String
    let conflicts: [Conflict]
    let hasConflicts: Bool
    let noConflicts: String
    let suggestionsHeading: String
    let suggestions: [String]
    let hasSuggestions: Bool
    let noSuggestions: String
    let warningsHeading: String
    let warnings: [String]
    let hasWarnings: Bool
    let balanceHeading: String
    let balances: [Balance]
    let noBalance: String
    let reportsHeading: String
    let reports: [ReportGroup]
}
