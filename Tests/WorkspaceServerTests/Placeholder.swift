import Testing

@testable import WorkspaceServer
