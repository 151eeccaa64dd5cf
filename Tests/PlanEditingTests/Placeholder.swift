import Testing

@testable import PlanEditing
