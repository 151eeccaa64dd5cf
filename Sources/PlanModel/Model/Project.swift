import Bilingual
import YAMLReading

/// A cooperation project (funded by the FFQCD or otherwise): its partners and domains, its
/// funding, its budget per side and its indicators with their targets. Events name it with
/// `projects:`.
public struct Project: Hashable, Sendable, Identifiable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case proposed, approved, underWay = "under-way", completed, cancelled
    }

    /// Where the money comes from: a fund and, when known, its call for projects.
    public struct Funding: Hashable, Sendable {
        /// The fund or programme, such as « FFQCD ».
        public var programme: String
        /// The call: an event id of the plan (`ffqcd-appel-13`) or a name.
        public var call: String?

        package init(programme: String, call: String? = nil) {
            self.programme = programme
            self.call = call
        }
    }

    /// What one partner puts in, in whole units of its currency.
    public struct BudgetLine: Hashable, Sendable {
        public var partnerID: String
        public var amount: Int
        /// ISO 4217: `EUR`, `CAD`.
        public var currency: String

        package init(partnerID: String, amount: Int, currency: String) {
            self.partnerID = partnerID
            self.amount = amount
            self.currency = currency
        }
    }

    /// Something the project measures, with its targets and what was realised.
    public struct Indicator: Hashable, Sendable, Identifiable {
        public enum Measure: String, Sendable, CaseIterable {
            /// The events naming the project that are recorded held (or met), counted per year.
            case heldEvents = "held-events"
        }

        public var id: String
        public var name: LocalizedText
        /// The domain whose report shows it (default: the project's first domain).
        public var domainID: String?
        /// Target per calendar year; `every` applies to the years not listed.
        public var targets: [Int: Int]
        public var everyYearTarget: Int?
        /// Values recorded per calendar year.
        public var results: [Int: Int]
        /// Counted from the plan instead of recorded.
        public var measure: Measure?
        public var location: SourceLocation

        package init(
            id: String, name: LocalizedText, domainID: String? = nil, targets: [Int: Int],
            everyYearTarget: Int? = nil, results: [Int: Int], measure: Measure? = nil, location: SourceLocation
        ) {
            self.id = id
            self.name = name
            self.domainID = domainID
            self.targets = targets
            self.everyYearTarget = everyYearTarget
            self.results = results
            self.measure = measure
            self.location = location
        }

        public func target(in year: Int) -> Int? { targets[year] ?? everyYearTarget }
    }

    public var id: String
    public var title: LocalizedText
    public var partnerIDs: [String]
    public var domainIDs: [String]
    public var funding: Funding?
    public var budget: [BudgetLine]
    public var period: DateRange?
    public var status: Status?
    public var indicators: [Indicator]
    public var location: SourceLocation

    package init(
        id: String, title: LocalizedText, partnerIDs: [String], domainIDs: [String],
        funding: Funding? = nil, budget: [BudgetLine], period: DateRange? = nil, status: Status? = nil,
        indicators: [Indicator], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.partnerIDs = partnerIDs
        self.domainIDs = domainIDs
        self.funding = funding
        self.budget = budget
        self.period = period
        self.status = status
        self.indicators = indicators
        self.location = location
    }
}
