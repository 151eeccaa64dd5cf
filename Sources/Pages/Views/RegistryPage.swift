/// The model of `/registre` and `/registry`: every tie of the plans, the coming anniversaries
/// and the ties ending soon.
struct RegistryPage: Sendable {
    struct Fact: Sendable {
        let label: String
        let value: String
    }

    struct Tie: Sendable {
        let anchor: String
        let title: String
        let status: String
        let statusClass: String
        let facts: [Fact]
    }

    struct Plan: Sendable {
        let anchor: String
        let title: String
        let ties: [Tie]
        let hasTies: Bool
        let noTies: String
    }

    struct TocEntry: Sendable {
        let anchor: String
        let label: String
    }

    let chrome: PageChrome
    let heading: String
    let summary: String
    let tocLabel: String
    let toc: [TocEntry]
    let anniversariesHeading: String
    let anniversaries: [String]
    let hasAnniversaries: Bool
    let noAnniversaries: String
    let endingHeading: String
    let ending: [String]
    let hasEnding: Bool
    let noEnding: String
    let plans: [Plan]
}
