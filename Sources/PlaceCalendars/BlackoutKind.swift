/// Why a period is to be avoided.
public enum BlackoutKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A collective vacation such as the Québec construction holiday.
    case collectiveVacation = "collective-vacation"
    case schoolHoliday = "school-holiday"
    /// Polling day(s) and the reserve period before them.
    case election
    case other
}
