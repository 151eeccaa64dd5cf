import Foundation
import GRDB

/// One publication: when, by whom, from which plan revisions, into which folder.
public struct PublicationRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "publication"

    public var id: Int64?
    /// Seconds since 1970, UTC; strictly increasing from one publication to the next.
    public var publishedAt: Int64
    public var publishedBy: String
    /// JSON object: plan id → revision.
    public var planRevisions: String
    public var outputDirectory: String

    package init(id: Int64?, publishedAt: Int64, publishedBy: String, planRevisions: String, outputDirectory: String) {
        self.id = id
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.planRevisions = planRevisions
        self.outputDirectory = outputDirectory
    }

    public var revisions: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(planRevisions.utf8))) ?? [:]
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
