import Foundation

/// The JSON bodies of `/api/v1/`, as `openapi.yaml` describes them.
package enum APIModels {
    package struct PlanSummary: Codable, Sendable {
        package var id: String
        package var title: String
        package var file: String
        package var revision: String
        package var role: String
        package var events: Int
        package var loads: Bool
    }

    package struct EventEntry: Codable, Sendable {
        package var id: String
        package var activity: String
        package var title: String
        package var kind: String
        package var start: String
        package var end: String
        package var open: Bool
        package var provisional: Bool
        package var outcome: String?
        package var cost: Int
    }

    package struct Constraint: Codable, Sendable, Hashable {
        package var name: String
        package var event: String
        package var message: String
    }

    package struct Repair: Codable, Sendable {
        package var event: String
        package var date: String?
        package var constraint: String?
        package var message: String
    }

    package struct PlanDetail: Codable, Sendable {
        package var id: String
        package var revision: String
        package var version: Int
        package var status: String
        package var events: [EventEntry]
        package var conflicts: [Constraint]
        package var repairs: [Repair]
        package var issues: [APIIssue]
    }

    package struct PlanText: Codable, Sendable {
        package var revision: String
        package var text: String
    }

    package struct Saved: Codable, Sendable {
        package var revision: String
        package var version: Int
    }

    package struct Conflict: Codable, Sendable {
        package var error: String
        package var currentRevision: String
        package var current: String
        package var attempted: String
    }

    package struct Check: Codable, Sendable {
        package var event: String
        package var date: String
        package var allowed: Bool
        package var cost: Int?
        package var broken: [Constraint]
    }

    package struct Explanation: Codable, Sendable {
        package var event: String
        package var date: String
        package var open: Bool
        package var cost: Int
        package var ruledOut: [RuledOut]
        package var alternatives: [Alternative]
        package var brokenRules: [Constraint]

        package struct RuledOut: Codable, Sendable {
            package var constraint: Constraint
            package var dates: Int
        }

        package struct Alternative: Codable, Sendable {
            package var date: String
            package var cost: Int
        }
    }

    package struct Validation: Codable, Sendable {
        package var valid: Bool
        package var issues: [APIIssue]
    }

    package struct Change: Codable, Sendable {
        package var id: Int64
        package var at: Date
        package var author: String
        package var summary: String
        package var events: [String]
        package var beforeRevision: String
        package var afterRevision: String
    }

    package struct Publication: Codable, Sendable {
        package var id: Int64
        package var feeds: Int
        package var changedFeeds: Int
    }
}
