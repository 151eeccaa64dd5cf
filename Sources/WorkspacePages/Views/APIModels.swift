import Foundation
import WorkspaceCore
import WorkspacePages

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

        package init(id: String, title: String, file: String, revision: String, role: String, events: Int, loads: Bool) {
            self.id = id
            self.title = title
            self.file = file
            self.revision = revision
            self.role = role
            self.events = events
            self.loads = loads
        }
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

        package init(
            id: String, activity: String, title: String, kind: String, start: String, end: String, open: Bool, provisional: Bool,
            outcome: String?, cost: Int
        ) {
            self.id = id
            self.activity = activity
            self.title = title
            self.kind = kind
            self.start = start
            self.end = end
            self.open = open
            self.provisional = provisional
            self.outcome = outcome
            self.cost = cost
        }
    }

    package struct Constraint: Codable, Sendable, Hashable {
        package var name: String
        package var event: String
        package var message: String

        package init(name: String, event: String, message: String) {
            self.name = name
            self.event = event
            self.message = message
        }
    }

    package struct Repair: Codable, Sendable {
        package var event: String
        package var date: String?
        package var constraint: String?
        package var message: String

        package init(event: String, date: String?, constraint: String?, message: String) {
            self.event = event
            self.date = date
            self.constraint = constraint
            self.message = message
        }
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

        package init(
            id: String, revision: String, version: Int, status: String, events: [EventEntry], conflicts: [Constraint], repairs: [Repair],
            issues: [APIIssue]
        ) {
            self.id = id
            self.revision = revision
            self.version = version
            self.status = status
            self.events = events
            self.conflicts = conflicts
            self.repairs = repairs
            self.issues = issues
        }
    }

    package struct PlanText: Codable, Sendable {
        package var revision: String
        package var text: String

        package init(revision: String, text: String) {
            self.revision = revision
            self.text = text
        }
    }

    package struct Saved: Codable, Sendable {
        package var revision: String
        package var version: Int

        package init(revision: String, version: Int) {
            self.revision = revision
            self.version = version
        }
    }

    package struct Conflict: Codable, Sendable {
        package var error: String
        package var currentRevision: String
        package var current: String
        package var attempted: String

        package init(error: String, currentRevision: String, current: String, attempted: String) {
            self.error = error
            self.currentRevision = currentRevision
            self.current = current
            self.attempted = attempted
        }
    }

    package struct Check: Codable, Sendable {
        package var event: String
        package var date: String
        package var allowed: Bool
        package var cost: Int?
        package var broken: [Constraint]

        package init(event: String, date: String, allowed: Bool, cost: Int?, broken: [Constraint]) {
            self.event = event
            self.date = date
            self.allowed = allowed
            self.cost = cost
            self.broken = broken
        }
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

            package init(constraint: Constraint, dates: Int) {
                self.constraint = constraint
                self.dates = dates
            }
        }

        package struct Alternative: Codable, Sendable {
            package var date: String
            package var cost: Int

            package init(date: String, cost: Int) {
                self.date = date
                self.cost = cost
            }
        }

        package init(
            event: String, date: String, open: Bool, cost: Int, ruledOut: [RuledOut], alternatives: [Alternative], brokenRules: [Constraint]
        ) {
            self.event = event
            self.date = date
            self.open = open
            self.cost = cost
            self.ruledOut = ruledOut
            self.alternatives = alternatives
            self.brokenRules = brokenRules
        }
    }

    package struct Validation: Codable, Sendable {
        package var valid: Bool
        package var issues: [APIIssue]

        package init(valid: Bool, issues: [APIIssue]) {
            self.valid = valid
            self.issues = issues
        }
    }

    package struct Change: Codable, Sendable {
        package var id: Int64
        package var at: Date
        package var author: String
        package var summary: String
        package var events: [String]
        package var beforeRevision: String
        package var afterRevision: String

        package init(id: Int64, at: Date, author: String, summary: String, events: [String], beforeRevision: String, afterRevision: String)
        {
            self.id = id
            self.at = at
            self.author = author
            self.summary = summary
            self.events = events
            self.beforeRevision = beforeRevision
            self.afterRevision = afterRevision
        }
    }

    package struct Publication: Codable, Sendable {
        package var id: Int64
        package var feeds: Int
        package var changedFeeds: Int

        package init(id: Int64, feeds: Int, changedFeeds: Int) {
            self.id = id
            self.feeds = feeds
            self.changedFeeds = changedFeeds
        }
    }
}

/// A loader's message in an API answer: where in the plan's text, the form field, what and how to fix it.
package struct APIIssue: Codable, Sendable, Hashable {
    package init(line: Int, column: Int, field: String?, message: String, fix: String?) {
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.fix = fix
    }

    package var line: Int
    package var column: Int
    package var field: String?
    package var message: String
    package var fix: String?
}
