import Bilingual
import CivilTime

/// One plan file: the partners of a twinning or programme, their ties and their activities.
public struct Plan: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var language: Language
    /// The plan's last revision: feeds take their DTSTAMP from it, never from the clock.
    public var revision: Instant
    public var horizon: DateRange
    public var partners: [Partner]
    public var people: [Person]
    public var domains: [Domain]
    public var ties: [Tie]
    public var activities: [Activity]
    public var blackouts: [PlanBlackout]
    public var file: String
    /// Exchange programmes between the plan's universities (`mobility:`).
    public var mobility: [MobilityProgramme] = []
    /// Standing bodies (committees) and their members.
    public var bodies: [Body] = []
    /// Projects (FFQCD-funded and others) with their budgets and indicators.
    public var projects: [Project] = []
    /// The office that sends invitations by email (`organizer:`), when the plan names one.
    public var organizer: Organizer?

    package init(
        id: String, title: LocalizedText, language: Language, revision: Instant, horizon: DateRange,
        partners: [Partner], people: [Person], domains: [Domain], ties: [Tie], activities: [Activity],
        blackouts: [PlanBlackout], file: String, mobility: [MobilityProgramme] = [], bodies: [Body] = [],
        projects: [Project] = []
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.revision = revision
        self.horizon = horizon
        self.partners = partners
        self.people = people
        self.domains = domains
        self.ties = ties
        self.activities = activities
        self.blackouts = blackouts
        self.file = file
        self.mobility = mobility
        self.bodies = bodies
        self.projects = projects
    }

    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func domain(_ id: String) -> Domain? { domains.first { $0.id == id } }
    public func tie(_ id: String) -> Tie? { ties.first { $0.id == id } }
    public func body(_ id: String) -> Body? { bodies.first { $0.id == id } }
    public func project(_ id: String) -> Project? { projects.first { $0.id == id } }
}
