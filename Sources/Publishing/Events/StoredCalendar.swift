import Foundation
import ICalendar

/// A feed's VCALENDAR properties as the ledger keeps them, to write the feed again (its events
/// cancelled) when its plan stops producing it: a partner left the plan, say.
struct StoredCalendar: Codable, Hashable, Sendable {
    var productID: String
    var name: String
    var description: String?
    var refreshIntervalSeconds: Int?
    var method: String?
    var color: String?

    init(_ calendar: ICalendar.Calendar) {
        productID = calendar.productID
        name = calendar.name
        description = calendar.description
        refreshIntervalSeconds = calendar.refreshIntervalSeconds
        method = calendar.method
        color = calendar.color
    }

    var calendar: ICalendar.Calendar {
        ICalendar.Calendar(
            productID: productID, name: name, description: description,
            refreshIntervalSeconds: refreshIntervalSeconds, method: method, color: color)
    }

    func json() -> Data { (try? StoredEvent.encoder.encode(self)) ?? Data() }

    static func decode(_ data: Data?) -> StoredCalendar? {
        data.flatMap { try? JSONDecoder().decode(StoredCalendar.self, from: $0) }
    }
}
