import CivilTime
import PlanModel

/// The registry of agreements and twinnings (registre des ententes et des jumelages, seed 004):
/// every tie of every plan with its status on a given day, the bodies that follow it and its
/// next anniversary; the anniversaries of the coming twelve months; the ties ending within six.
public struct Registry: Sendable {
    /// Where a tie stands on the registry's day.
    public enum Status: String, Sendable, CaseIterable, Codable {
        /// Its period has not begun (or it is signed later).
        case upcoming
        /// In force: no end, or an end more than six months away.
        case inForce = "in-force"
        /// Ends within six months and no tie of the plan renews it.
        case toRenew = "to-renew"
        /// Ends within six months, or has ended, and another tie of the plan renews it.
        case renewed
        /// Has ended and nothing renews it.
        case expired
    }

    /// A milestone anniversary of a tie: its date, or only its year when the plan gives only that.
    public struct Anniversary: Hashable, Sendable {
        public var planID: String
        public var tieID: String
        public var years: Int
        public var date: CivilDate?
        public var year: Int

        /// Its date, or 1 January of its year.
        var sortDate: CivilDate { date ?? CivilDate(year: year, month: 1, day: 1)! }
    }

    public struct Entry: Sendable {
        public var planID: String
        public var tie: Tie
        public var status: Status
        /// The tie that renews this one.
        public var renewedBy: String?
        public var nextAnniversary: Anniversary?
        /// The plan's bodies that follow this tie (`agreement:`).
        public var bodies: [Body]
    }

    /// Ties ending within this many months are to renew.
    public static let renewalMonths = 6
    /// Anniversaries within this many months are upcoming.
    public static let anniversaryMonths = 12

    public var today: CivilDate
    public var plans: [Plan]
    /// By plan (in the order given), then in the plan's order.
    public var entries: [Entry]
    /// The coming anniversaries, by date (year-only ones on 1 January of their year, after
    /// dated ones of that day).
    public var upcomingAnniversaries: [Anniversary]
    /// Ties whose period ends within `renewalMonths`, by end date.
    public var ending: [Entry]

    public init(plans: [Plan], today: CivilDate) {
        self.today = today
        self.plans = plans
        let renewalLimit = today.adding(months: Self.renewalMonths)
        let anniversaryLimit = today.adding(months: Self.anniversaryMonths)
        var entries: [Entry] = []
        for plan in plans {
            for tie in plan.ties {
                let renewedBy = plan.ties.first { $0.renews == tie.id }?.id
                entries.append(
                    Entry(
                        planID: plan.id, tie: tie,
                        status: Self.status(of: tie, renewed: renewedBy != nil, today: today, renewalLimit: renewalLimit),
                        renewedBy: renewedBy, nextAnniversary: Self.nextAnniversary(of: tie, planID: plan.id, from: today),
                        bodies: plan.bodies.filter { $0.tieID == tie.id }))
            }
        }
        self.entries = entries
        let coming = entries.compactMap(\.nextAnniversary).filter { anniversary in
            if let date = anniversary.date { return date <= anniversaryLimit }
            return anniversary.year <= anniversaryLimit.year
        }
        upcomingAnniversaries = coming.sorted { a, b in
            let (first, second) = (a.sortDate, b.sortDate)
            if first != second { return first < second }
            return (a.date == nil ? 1 : 0, a.planID, a.tieID) < (b.date == nil ? 1 : 0, b.planID, b.tieID)
        }
        ending = entries.filter { entry in
            guard let last = entry.tie.period?.last else { return false }
            return today <= last && last <= renewalLimit
        }.sorted { ($0.tie.period!.last, $0.planID, $0.tie.id) < ($1.tie.period!.last, $1.planID, $1.tie.id) }
    }

    public func plan(_ id: String) -> Plan? { plans.first { $0.id == id } }

    static func status(of tie: Tie, renewed: Bool, today: CivilDate, renewalLimit: CivilDate) -> Status {
        if let signed = tie.signed, today < signed { return .upcoming }
        if tie.signed == nil, let year = tie.year, today.year < year { return .upcoming }
        guard let period = tie.period else { return .inForce }
        if today < period.first { return .upcoming }
        if period.last < today { return renewed ? .renewed : .expired }
        if period.last <= renewalLimit { return renewed ? .renewed : .toRenew }
        return .inForce
    }

    /// The first milestone on or after `day`: every `anniversaries.every` years from
    /// `anniversaries.from` when the tie says, else every five years.
    static func nextAnniversary(of tie: Tie, planID: String, from day: CivilDate) -> Anniversary? {
        guard let year = tie.signingYear else { return nil }
        let every = tie.milestones?.every ?? 5, first = tie.milestones?.from ?? 5
        var years = first
        if day.year - year > first { years = first + (day.year - year - first) / every * every }
        while years <= 500 {
            if let signed = tie.signed {
                let date = signed.inYear(signed.year + years)
                if date >= day { return Anniversary(planID: planID, tieID: tie.id, years: years, date: date, year: date.year) }
            } else if year + years >= day.year {
                return Anniversary(planID: planID, tieID: tie.id, years: years, date: nil, year: year + years)
            }
            years += every
        }
        return nil
    }
}
