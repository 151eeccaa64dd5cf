/// The steps of `FolderPlanDocuments.save`, in order: where a test stops a save to play a crash.
enum SaveStep: String, Sendable, Hashable, CaseIterable {
    /// The pending change is in the history; nothing is written.
    case changeBegun
    /// The new text is in a synced temporary file beside the plan; the plan is untouched.
    case temporaryFileWritten
    /// The temporary file has replaced the plan; the folder is not synced yet.
    case fileReplaced
    /// The folder is synced: the new text survives a power cut; the change is still pending.
    case folderSynced
    /// The change is committed: the save is complete.
    case changeCommitted
}

/// What a save stopped by `FolderPlanDocuments.crashAfter` throws: everything is left as a killed
/// process would leave it (no temporary file removed, no pending change discarded).
struct SimulatedCrash: Error, Sendable, Hashable {
    var after: SaveStep
}
