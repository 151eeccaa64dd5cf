import Bilingual
import Foundation
import PlanModel

/// The JSON form of the registry (`jumelage registry --format json`, format 1): a stable,
/// documented contract (see README, "JSON formats").
public struct RegistryReport: Codable, Hashable, Sendable {
    public struct PartnerEntry: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        /// The follow-up office, when the plan names it.
        public var office: String?
    }

    public struct SignatoryEntry: Codable, Hashable, Sendable {
        public var name: String
        public var title: String?
        public var partner: String?
        /// The plan's person id, when the signatory is one.
        public var person: String?
    }

    public struct PeriodEntry: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
    }

    public struct BodyEntry: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var seats: Int
        /// Seats per country code.
        public var seatsByCountry: [String: Int]
        public var parity: Bool
    }

    public struct AnniversaryEntry: Codable, Hashable, Sendable {
        public var plan: String
        public var tie: String
        public var title: String
        public var years: Int
        /// Absent when only the signing year is known.
        public var date: String?
        public var year: Int
    }

    public struct TieEntry: Codable, Hashable, Sendable {
        public var plan: String
        public var id: String
        /// `declaration`, `twinning`, `agreement` or `protocol`.
        public var kind: String
        public var title: String
        public var partners: [PartnerEntry]
        public var signatories: [SignatoryEntry]
        public var signed: String?
        public var year: Int?
        public var place: String?
        public var period: PeriodEntry?
        public var domains: [String]
        /// `upcoming`, `in-force`, `to-renew`, `renewed` or `expired`.
        public var status: String
        public var renews: String?
        public var renewedBy: String?
        public var bodies: [BodyEntry]
        public var nextAnniversary: AnniversaryEntry?
    }

    public struct EndingEntry: Codable, Hashable, Sendable {
        public var plan: String
        public var tie: String
        public var title: String
        public var to: String
        public var status: String
    }

    public var format: Int
    public var today: String
    public var ties: [TieEntry]
    public var anniversaries: [AnniversaryEntry]
    public var ending: [EndingEntry]

    public init(_ registry: Registry, language: Language?) {
        format = 1
        today = registry.today.description
        func languageOf(_ planID: String) -> Language {
            if let language { return language }
            return registry.plan(planID)?.language ?? .fr
        }
        func title(_ planID: String, _ tie: Tie) -> String {
            guard let plan = registry.plan(planID) else { return tie.id }
            return Registry.title(of: tie, in: plan, language: languageOf(planID))
        }
        func anniversary(_ anniversary: Registry.Anniversary) -> AnniversaryEntry {
            let tie = registry.plan(anniversary.planID)?.tie(anniversary.tieID)
            return AnniversaryEntry(
                plan: anniversary.planID, tie: anniversary.tieID,
                title: tie.map { title(anniversary.planID, $0) } ?? anniversary.tieID,
                years: anniversary.years, date: anniversary.date?.description, year: anniversary.year)
        }
        ties = registry.entries.compactMap { entry in
            guard let plan = registry.plan(entry.planID) else { return nil }
            let language = languageOf(plan.id)
            let tie = entry.tie
            return TieEntry(
                plan: plan.id, id: tie.id, kind: tie.kind.rawValue, title: title(plan.id, tie),
                partners: tie.partnerIDs.compactMap(plan.partner).map {
                    PartnerEntry(id: $0.id, name: $0.name.text(in: language), office: $0.office?.text(in: language))
                },
                signatories: tie.signatories.map {
                    SignatoryEntry(name: $0.name, title: $0.title?.text(in: language), partner: $0.partnerID, person: $0.personID)
                },
                signed: tie.signed?.description, year: tie.signingYear,
                place: tie.place.map { Registry.placeName($0, in: plan, language: language) },
                period: tie.period.map { PeriodEntry(from: $0.first.description, to: $0.last.description) },
                domains: tie.domainIDs.compactMap { plan.domain($0)?.name.text(in: language) },
                status: entry.status.rawValue, renews: tie.renews, renewedBy: entry.renewedBy,
                bodies: entry.bodies.map { body in
                    BodyEntry(
                        id: body.id, name: body.name.text(in: language), seats: body.seatCount,
                        seatsByCountry: Dictionary(body.seats(in: plan).map { ($0.country, $0.seats) }, uniquingKeysWith: +),
                        parity: body.parity)
                },
                nextAnniversary: entry.nextAnniversary.map(anniversary))
        }
        anniversaries = registry.upcomingAnniversaries.map(anniversary)
        ending = registry.ending.map { entry in
            EndingEntry(
                plan: entry.planID, tie: entry.tie.id, title: title(entry.planID, entry.tie),
                to: entry.tie.period!.last.description, status: entry.status.rawValue)
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}
