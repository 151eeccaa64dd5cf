import Bilingual
import YAMLReading

/// A standing body of a plan (comité technique, comité de pilotage, secrétariat): who sits on
/// it, for which side, and whether it is meant to be at parity. Events name it with `body:`.
public struct Body: Hashable, Sendable, Identifiable {
    /// One seat, or several seats of one partner or country not yet named.
    public struct Member: Hashable, Sendable {
        public enum Seat: Hashable, Sendable {
            /// A person of the plan: sits for their partner's country.
            case person(String)
            /// Seats of a partner: its country.
            case partner(String)
            /// Seats of a country (ISO 3166-1 alpha-2), such as members from French local governments.
            case country(String)
        }

        public var seat: Seat
        /// Seats this line counts: 1 for a person.
        public var count: Int
        /// The member's role in the body (« coprésident »), for a person.
        public var role: LocalizedText?
        public var location: SourceLocation

        package init(seat: Seat, count: Int, role: LocalizedText? = nil, location: SourceLocation) {
            self.seat = seat
            self.count = count
            self.role = role
            self.location = location
        }
    }

    public var id: String
    public var name: LocalizedText
    /// Its mandate, in a sentence.
    public var description: LocalizedText?
    /// The tie whose implementation it follows.
    public var tieID: String?
    public var members: [Member]
    /// Said to be at parity: as many seats for each country.
    public var parity: Bool
    public var location: SourceLocation

    package init(
        id: String, name: LocalizedText, description: LocalizedText? = nil, tieID: String? = nil,
        members: [Member], parity: Bool, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.tieID = tieID
        self.members = members
        self.parity = parity
        self.location = location
    }

    /// Seats per country (`CA`, `FR`, …), in the order the countries first appear.
    public func seats(in plan: Plan) -> [(country: String, seats: Int)] {
        var result: [(country: String, seats: Int)] = []
        for member in members {
            guard let country = member.country(in: plan) else { continue }
            if let index = result.firstIndex(where: { $0.country == country }) {
                result[index].seats += member.count
            } else {
                result.append((country, member.count))
            }
        }
        return result
    }

    public var seatCount: Int { members.map(\.count).reduce(0, +) }
}

extension Body.Member {
    /// The country the seat is for.
    public func country(in plan: Plan) -> String? {
        switch seat {
        case .person(let id): return plan.person(id).flatMap { plan.partner($0.partnerID) }?.country.uppercased()
        case .partner(let id): return plan.partner(id)?.country.uppercased()
        case .country(let code): return code.uppercased()
        }
    }
}
