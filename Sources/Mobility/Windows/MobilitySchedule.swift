import Bilingual
import PlanModel

/// The exchange windows and the balance of every mobility programme of a workspace.
public struct MobilitySchedule: Hashable, Sendable {
    /// A programme with the plan that declares it.
    public struct Entry: Hashable, Sendable {
        public var plan: Plan
        public var programme: MobilityProgramme
    }

    /// In plan order, then programme order.
    public var programmes: [Entry]
    /// By programme, direction (in the programme's order), year, start and type.
    public var windows: [ExchangeWindow]
    /// By programme and year.
    public var balances: [MobilityBalance]
    /// Years asked for that a host calendar does not have, and such.
    public var warnings: [LocalizedText]

    public init(programmes: [Entry], windows: [ExchangeWindow], balances: [MobilityBalance], warnings: [LocalizedText]) {
        self.programmes = programmes
        self.windows = windows
        self.balances = balances
        self.warnings = warnings
    }

    public static let empty = MobilitySchedule(programmes: [], windows: [], balances: [], warnings: [])

    public var isEmpty: Bool { programmes.isEmpty }

    public func entry(_ programmeID: String) -> Entry? { programmes.first { $0.programme.id == programmeID } }

    public func windows(programme: String, direction: MobilityDirection) -> [ExchangeWindow] {
        windows.filter { $0.programmeID == programme && $0.fromID == direction.fromID && $0.toID == direction.toID }
    }

    /// Only the windows of one direction and/or one academic year, and the balances of that year
    /// (both directions: the balance compares them).
    public func filtered(from: String? = nil, to: String? = nil, year: String? = nil) -> MobilitySchedule {
        MobilitySchedule(
            programmes: programmes,
            windows: windows.filter { window in
                (from == nil || window.fromID == from) && (to == nil || window.toID == to) && (year == nil || window.year == year)
            },
            balances: balances.filter { year == nil || $0.year == year },
            warnings: warnings)
    }
}
