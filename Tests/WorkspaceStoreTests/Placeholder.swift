import Testing

@testable import WorkspaceStore
