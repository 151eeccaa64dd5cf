import Bilingual
import Foundation
import PlanModel

/// The JSON form of `jumelage windows` (format 1): a stable, documented contract. Keys that
/// only programmes outside academia or with `balance:` have (`ages`, `periods`, `balanceAim`,
/// `people`, `counted`, `warning`) are left out elsewhere, and an institution without academic
/// calendar has no `calendar`.
public struct WindowsReport: Codable, Hashable, Sendable {
    public struct Institution: Codable, Hashable, Sendable {
        public var partner: String
        public var name: String
        public var calendar: String?
        public var terms: [String]
    }

    public struct Ages: Codable, Hashable, Sendable {
        public var from: Int
        public var to: Int
    }

    /// A season: `from`/`to` as `--MM-DD` (every year) or dates (once), absent for the whole year.
    public struct Period: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var from: String?
        public var to: String?
        public var types: [String]
        public var nomination: String?
        public var application: String?
        public var estimated: Bool
    }

    public struct BalanceAim: Codable, Hashable, Sendable {
        public var tolerance: Int
        public var types: [String]
    }

    public struct Language: Codable, Hashable, Sendable {
        public var language: String
        public var level: String
        public var types: [String]
    }

    public struct Permit: Codable, Hashable, Sendable {
        public var name: String
        public var types: [String]
        public var longerThanDays: Int?
        public var leadDays: Int
        public var estimated: Bool
    }

    public struct Direction: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var feed: String
        public var types: [String]
        public var quotas: [String: Int]
        public var languages: [Language]
        public var permits: [Permit]
        public var periods: [Period]?
    }

    public struct Programme: Codable, Hashable, Sendable {
        public var id: String
        public var plan: String
        public var title: String
        public var agreement: String?
        public var institutions: [Institution]
        public var directions: [Direction]
        public var ages: Ages?
        public var periods: [Period]?
        public var balanceAim: BalanceAim?
    }

    public struct Overlap: Codable, Hashable, Sendable {
        public var id: String
        public var kind: String
        public var name: String
        public var start: String
        public var end: String
        public var from: String
        public var to: String
        public var days: Int
        public var estimated: Bool
    }

    public struct Deadline: Codable, Hashable, Sendable {
        public var kind: String
        public var date: String
        public var institution: String
        public var permit: String?
        public var leadDays: Int?
        public var estimated: Bool
    }

    public struct Span: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var days: Int
    }

    public struct Stay: Codable, Hashable, Sendable {
        public var minDays: Int
        public var maxDays: Int
        public var travelDays: Int
    }

    public struct Window: Codable, Hashable, Sendable {
        public var programme: String
        public var from: String
        public var to: String
        public var type: String
        public var year: String
        public var terms: [String]
        public var period: String?
        public var name: String
        public var start: String
        public var end: String
        public var days: Int
        public var estimated: Bool
        public var fixed: Bool
        public var stay: Stay
        public var homeOverlaps: [Overlap]
        public var homeTerms: [Overlap]
        public var deadlines: [Deadline]
        public var clearSpans: [Span]
        public var languages: [Language]
        public var notes: [String]
    }

    public struct TypeCount: Codable, Hashable, Sendable {
        public var type: String
        public var planned: Int
        public var quota: Int
    }

    public struct BalanceDirection: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public var planned: Int
        public var quota: Int
        public var students: Int
        public var hasPlan: Bool
        public var overQuota: [String]
        public var types: [TypeCount]
        /// The people the balance counts (outside academia, or with `balance:`).
        public var people: Int?
    }

    public struct Balance: Codable, Hashable, Sendable {
        public var programme: String
        public var year: String
        public var imbalance: Int
        public var tolerance: Int
        public var balanced: Bool
        public var directions: [BalanceDirection]
        /// The stays whose people count, when `balance:` names some.
        public var counted: [String]?
        /// The warning of a year that misses the balance the programme aims at.
        public var warning: String?
    }

    public var format: Int
    public var programmes: [Programme]
    public var windows: [Window]
    public var balance: [Balance]
    public var warnings: [String]

    public init(schedule: MobilitySchedule, language: Bilingual.Language? = nil) {
        func lang(_ plan: Plan) -> Bilingual.Language { language ?? plan.language }
        let plans = Dictionary(schedule.programmes.map { ($0.programme.id, $0.plan) }, uniquingKeysWith: { first, _ in first })
        let programmeByID = Dictionary(schedule.programmes.map { ($0.programme.id, $0.programme) }, uniquingKeysWith: { first, _ in first })
        format = 1
        programmes = schedule.programmes.map { entry in
            let language = lang(entry.plan)
            return Programme(
                id: entry.programme.id, plan: entry.plan.id, title: entry.programme.title.text(in: language),
                agreement: entry.programme.agreementID,
                institutions: entry.programme.institutions.map {
                    Institution(
                        partner: $0.partnerID, name: entry.plan.partner($0.partnerID)?.name.text(in: language) ?? $0.partnerID,
                        calendar: $0.calendarID, terms: $0.exchangeTermIDs)
                },
                directions: entry.programme.directions.map { direction in
                    Direction(
                        from: direction.fromID, to: direction.toID,
                        feed: MobilityFeedBuilder.fileName(programme: entry.programme.id, direction: direction),
                        types: direction.types.map(\.rawValue),
                        quotas: Dictionary(uniqueKeysWithValues: direction.quotas.map { ($0.key.rawValue, $0.value) }),
                        languages: direction.languages.map(Self.language),
                        permits: direction.permits.map {
                            Permit(
                                name: $0.name.text(in: language), types: $0.types.map(\.rawValue),
                                longerThanDays: $0.longerThanDays, leadDays: $0.leadDays, estimated: $0.estimated)
                        },
                        periods: direction.periods.isEmpty ? nil : direction.periods.map { Self.period($0, language) })
                },
                ages: entry.programme.ages.map { Ages(from: $0.lowerBound, to: $0.upperBound) },
                periods: entry.programme.followsAcademicCalendars ? nil : entry.programme.periods.map { Self.period($0, language) },
                balanceAim: entry.programme.balance.map { BalanceAim(tolerance: $0.tolerance, types: $0.types.map(\.rawValue)) })
        }
        windows = schedule.windows.map { window in
            let language = plans[window.programmeID].map(lang) ?? .fr
            func overlap(_ item: HomeOverlap) -> Overlap {
                Overlap(
                    id: item.id, kind: item.kind, name: item.name.text(in: language), start: item.start.description,
                    end: item.end.description, from: item.from.description, to: item.to.description, days: item.days,
                    estimated: item.estimated)
            }
            return Window(
                programme: window.programmeID, from: window.fromID, to: window.toID, type: window.type.rawValue,
                year: window.year, terms: window.termIDs, period: window.periodID, name: window.name.text(in: language),
                start: window.start.description, end: window.end.description, days: window.dayCount,
                estimated: window.estimated, fixed: window.fixed,
                stay: Stay(minDays: window.stayDays.lowerBound, maxDays: window.stayDays.upperBound, travelDays: window.type.travelDays),
                homeOverlaps: window.homeOverlaps.map(overlap), homeTerms: window.homeTerms.map(overlap),
                deadlines: window.deadlines.map {
                    Deadline(
                        kind: $0.kind.rawValue, date: $0.date.description, institution: $0.institutionID,
                        permit: $0.permit?.text(in: language), leadDays: $0.leadDays, estimated: $0.estimated)
                },
                clearSpans: window.clearSpans.map { Span(from: $0.first.description, to: $0.last.description, days: $0.dayCount) },
                languages: window.languages.map(Self.language),
                notes: window.notes.map { $0.text(in: language) })
        }
        balance = schedule.balances.map { balance in
            let programme = programmeByID[balance.programmeID]
            let people = programme.map { !$0.followsAcademicCalendars || $0.balance != nil } ?? false
            let plan = plans[balance.programmeID]
            let warning = programme.flatMap { programme in
                plan.flatMap { MobilityScheduler.balanceWarning(balance, programme: programme, plan: $0) }
            }
            return Balance(
                programme: balance.programmeID, year: balance.year, imbalance: balance.imbalance,
                tolerance: balance.tolerance, balanced: balance.balanced,
                directions: balance.rows.map { row in
                    BalanceDirection(
                        from: row.fromID, to: row.toID, planned: row.planned, quota: row.quota,
                        students: row.students, hasPlan: row.hasPlan, overQuota: row.overQuota.map(\.rawValue),
                        types: row.lines.map { TypeCount(type: $0.type.rawValue, planned: $0.planned, quota: $0.quota) },
                        people: people ? row.people : nil)
                },
                counted: balance.counted.isEmpty ? nil : balance.counted.map(\.rawValue),
                warning: warning.map { $0.text(in: plan.map(lang) ?? .fr) })
        }
        let warningLanguage = language ?? schedule.programmes.first?.plan.language ?? .fr
        warnings = schedule.warnings.map { $0.text(in: warningLanguage) }
    }

    private static func period(_ period: MobilityPeriod, _ language: Bilingual.Language) -> Period {
        var from: String?, to: String?
        switch period.span {
        case .yearly(let first, let last): (from, to) = (first.description, last.description)
        case .dated(let range): (from, to) = (range.first.description, range.last.description)
        case .wholeYear: break
        }
        return Period(
            id: period.id, name: period.name.text(in: language), from: from, to: to, types: period.types.map(\.rawValue),
            nomination: period.nomination?.description, application: period.application?.description,
            estimated: period.estimated)
    }

    private static func language(_ requirement: LanguageRequirement) -> Language {
        Language(language: requirement.language, level: requirement.level, types: requirement.types.map(\.rawValue))
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}
