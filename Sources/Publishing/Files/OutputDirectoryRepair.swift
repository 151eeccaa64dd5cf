import Foundation

/// Brings the output folder back in line with the ledger's last publication, before a new one.
///
/// The ledger is the truth: a publication exists once its transaction commits, and every feed of
/// it can be written again from the bytes the ledger keeps. A publication killed before the commit
/// leaves only hidden temporaries (deleted here); one killed after it, while renaming, leaves some
/// feeds new and some old with the old manifest (rewritten here from the ledger, manifest last).
enum OutputDirectoryRepair {
    struct Outcome {
        var leftovers: [String]
        var restored: [String]
    }

    static func run(ledger: PublicationLedger, directory: String) throws(PublicationError) -> Outcome {
        var outcome = Outcome(leftovers: StagedFiles.removeLeftovers(in: directory), restored: [])
        guard let last = try ledger.lastPublication(), let id = last.id else { return outcome }
        var files = StagedFiles(directory: directory)
        for feed in try ledger.feeds(ofPublication: id) {
            let current = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(feed.name))
            // A holiday feed belongs to whoever wrote it (`jumelage holidays --out`): put it back
            // only when it is missing.
            if feed.planID == nil, current != nil { continue }
            if let current, FileDigest.sha256(current) == feed.sha256 { continue }
            guard let bytes = try ledger.feedBytes(sha256: feed.sha256) else {
                throw .ledger(path: ledger.path, reason: "no bytes for \(feed.name) (\(feed.sha256))")
            }
            try files.stage(name: feed.name, contents: bytes)
            outcome.restored.append(feed.name)
        }
        let manifest = try ledger.manifest(for: last).encoded()
        let manifestPath = (directory as NSString).appendingPathComponent(PublicationManifest.fileName)
        if FileManager.default.contents(atPath: manifestPath) != manifest {
            try files.stage(name: PublicationManifest.fileName, contents: manifest)
            outcome.restored.append(PublicationManifest.fileName)
        }
        try files.install()
        return outcome
    }
}
