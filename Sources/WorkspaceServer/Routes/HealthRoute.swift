import Foundation
import Hummingbird
import WorkspaceCore
import WorkspacePages

/// `/healthz` of the workspace: the database in use and whether it answers, the plans, the last
/// publication. 200 when the database answers, 503 when it does not.
package struct HealthRoute: Sendable {
    let services: WorkspaceServices

    struct Report: Encodable {
        struct Database: Encodable {
            var kind: String
            var answers: Bool
        }

        struct Publication: Encodable {
            var id: Int64
            var publishedAt: String
            var feeds: Int
        }

        var status: String
        var database: Database
        var plans: Int
        var plansNotLoading: Int
        var version: Int
        var planning: Planning
        var publication: Publication?

        struct Planning: Encodable {
            var milliseconds: Int
            var groups: Int
            var reusedGroups: Int
            /// Independent units of plans, and how many the last planning planned (the others kept).
            var units: Int
            var plannedUnits: Int
        }
    }

    package func add(to router: Router<WorkspaceContext>) {
        router.get("/healthz") { _, _ in await self.report() }
    }

    func report() async -> Response {
        let answers = await services.store.ping()
        let snapshot = services.workspace.snapshot
        let publication = services.feeds.publicationHealth.map {
            Report.Publication(id: $0.id, publishedAt: $0.publishedAt, feeds: $0.feeds)
        }
        let report = Report(
            status: answers ? "ok" : "unavailable", database: .init(kind: services.store.kind, answers: answers),
            plans: snapshot.plans.count,
            plansNotLoading: snapshot.plans.filter { $0.plan == nil }.count, version: snapshot.version,
            planning: .init(
                milliseconds: snapshot.planningMilliseconds, groups: snapshot.groups, reusedGroups: snapshot.reusedGroups,
                units: snapshot.result?.unitCount ?? 0, plannedUnits: snapshot.plannedUnits),
            publication: publication)
        return Responses.json(report, status: answers ? .ok : .serviceUnavailable)
    }
}
