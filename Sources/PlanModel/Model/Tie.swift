import Bilingual
import CivilTime
import YAMLReading

/// A formal link between partners: a declaration, a twinning, an agreement or a protocol.
public struct Tie: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case declaration, twinning, agreement, `protocol`
    }

    /// Which anniversaries of the signing date the plan celebrates.
    public struct Milestones: Hashable, Sendable {
        /// Every this many years (5 gives the 5th, 10th, …).
        public var every: Int
        /// The first anniversary counted.
        public var from: Int

        package init(every: Int, from: Int) {
            self.every = every
            self.from = from
        }
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText?
    public var partnerIDs: [String]
    /// Full signing date when known.
    public var signed: CivilDate?
    /// Year only, when the exact date is not known (the 1991 declaration).
    public var year: Int?
    /// Partner id where it was signed, or a place name.
    public var place: String?
    public var period: DateRange?
    public var domainIDs: [String]
    public var milestones: Milestones?
    /// Who signed it, in the order the document lists them.
    public var signatories: [Signatory] = []
    /// The tie it follows on from (the previous protocol): that one is then renewed, not to renew.
    public var renews: String?
    public var location: SourceLocation

    package init(
        id: String, kind: Kind, title: LocalizedText? = nil, partnerIDs: [String], signed: CivilDate? = nil,
        year: Int? = nil, place: String? = nil, period: DateRange? = nil, domainIDs: [String],
        milestones: Milestones? = nil, signatories: [Signatory] = [], renews: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.partnerIDs = partnerIDs
        self.signed = signed
        self.year = year
        self.place = place
        self.period = period
        self.domainIDs = domainIDs
        self.milestones = milestones
        self.signatories = signatories
        self.renews = renews
        self.location = location
    }

    public var signingYear: Int? { signed?.year ?? year }
}
