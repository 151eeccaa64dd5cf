import Foundation
import GRDB

extension PublicationLedger {
    /// Creates a token for some private feeds (nil: every private feed) and returns it with its
    /// record. The token is in the return value only: the ledger keeps its SHA-256.
    public func createToken(
        label: String?, feeds: [String]?, createdBy: String, at seconds: Int64,
        token: String = FeedToken.generate()
    ) throws(PublicationError) -> (record: FeedTokenRecord, token: String) {
        var record = FeedTokenRecord(
            id: nil, digest: FeedToken.hexDigest(token), label: label,
            feeds: FeedTokenRecord.feedsColumn(feeds),
            createdAt: seconds, createdBy: createdBy, revokedAt: nil)
        try guarded { try database.write { try record.insert($0) } }
        return (record, token)
    }

    /// Every token, revoked ones too, oldest first.
    public func tokens() throws(PublicationError) -> [FeedTokenRecord] {
        guard hasSchema else { return [] }
        return try guarded { try database.read { try FeedTokenRecord.order(Column("id")).fetchAll($0) } }
    }

    public func activeTokens() throws(PublicationError) -> [FeedTokenRecord] {
        try tokens().filter { !$0.isRevoked }
    }

    /// Revokes a token; revoking it again keeps its first revocation time.
    @discardableResult
    public func revokeToken(id: Int64, at seconds: Int64) throws(PublicationError) -> FeedTokenRecord {
        let record = try guarded {
            try database.write { db -> FeedTokenRecord? in
                guard var record = try FeedTokenRecord.fetchOne(db, key: id) else { return nil }
                if record.revokedAt == nil {
                    record.revokedAt = seconds
                    try record.update(db)
                }
                return record
            }
        }
        guard let record else { throw .unknownToken(id: id) }
        return record
    }
}
