import Foundation
import GRDB

/// One published version of one event in one feed.
public struct EventVersionRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "eventVersion"

    public var id: Int64?
    public var feed: String
    public var uid: String
    public var sequence: Int
    /// SHA-256 of DTSTART, DTEND, RRULE, EXDATE, RDATE, RECURRENCE-ID and STATUS.
    public var scheduleHash: String
    /// SHA-256 of every property but SEQUENCE, DTSTAMP and LAST-MODIFIED.
    public var contentHash: String
    public var start: String
    public var end: String?
    /// End of the last occurrence, seconds since 1970 (UTC).
    public var lastEnd: Int64
    public var status: String?
    public var summary: String
    /// DTSTAMP (= LAST-MODIFIED) of this version, seconds since 1970.
    public var stamp: Int64
    /// JSON of the whole event (`StoredEvent`).
    package var event: Data
    /// The VEVENT exactly as published.
    public var vevent: String
    public var publicationID: Int64

    package init(
        id: Int64?, feed: String, uid: String, sequence: Int, scheduleHash: String, contentHash: String, start: String, end: String?,
        lastEnd: Int64, status: String?, summary: String, stamp: Int64, event: Data, vevent: String, publicationID: Int64
    ) {
        self.id = id
        self.feed = feed
        self.uid = uid
        self.sequence = sequence
        self.scheduleHash = scheduleHash
        self.contentHash = contentHash
        self.start = start
        self.end = end
        self.lastEnd = lastEnd
        self.status = status
        self.summary = summary
        self.stamp = stamp
        self.event = event
        self.vevent = vevent
        self.publicationID = publicationID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
