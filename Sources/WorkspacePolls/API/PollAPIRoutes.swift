import Bilingual
import Foundation
import Hummingbird
import WorkspaceCore
import WorkspaceServer
import WorkspaceStore

/// `GET /api/v1/plans/{plan}/polls` and `…/polls/{poll}`: a plan's polls and one poll's ranked
/// results, for every role that sees the plan (polls of confidential events never exist).
struct PollAPIRoutes: Sendable {
    let services: WorkspaceServices
    let polls: any PollStore

    func add(to router: Router<WorkspaceContext>) {
        let api = router.group("/api/v1").add(middleware: APIGuard())
        api.get("/plans/:plan/polls") { _, context in try await self.list(context) }
        api.get("/plans/:plan/polls/:poll") { _, context in try await self.results(context) }
    }

    func access(_ context: WorkspaceContext) throws -> PlanAccess {
        do { return try RouteGuard.plan(context, services: services, snapshot: services.workspace.snapshot) } catch is RouteGuard.Answer {
            throw RouteGuard.Answer(response: notFound(context))
        }
    }

    func notFound(_ context: WorkspaceContext) -> Response {
        Responses.apiError(.notFound, code: "not-found", LocalizedText(fr: "introuvable", en: "not found"), language: context.language)
    }

    func list(_ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        var summaries: [PollAPIModels.Summary] = []
        for poll in try await polls.polls(planID: access.planID, eventID: nil) {
            summaries.append(PollAPIModels.summary(poll, respondents: try await polls.respondents(pollID: poll.id).count))
        }
        return Responses.json(summaries)
    }

    func results(_ context: WorkspaceContext) async throws -> Response {
        let access = try access(context)
        guard let id = context.parameters.get("poll").flatMap({ Int64($0) }), let poll = try await polls.poll(id: id),
            poll.details.planID == access.planID
        else { return notFound(context) }
        let respondents = try await polls.respondents(pollID: poll.id)
        let answers = try await polls.answers(pollID: poll.id)
        let ranking = PollRanking(
            poll: poll, respondents: respondents, answers: answers, planned: services.workspace.snapshot.result)
        return Responses.json(
            PollAPIModels.Results(
                poll: PollAPIModels.summary(poll, respondents: respondents.count),
                ranking: ranking.days.map {
                    PollAPIModels.Day(
                        date: $0.date, cost: $0.cost, yes: $0.yes, ifNeedBe: $0.ifNeedBe, no: $0.no, unanswered: $0.unanswered,
                        possible: $0.possible, impossibleFor: $0.impossibleFor)
                },
                respondents: respondents.map { respondent in
                    PollAPIModels.Respondent(
                        name: respondent.details.name, kind: respondent.details.kind.rawValue, zone: respondent.details.zone,
                        language: respondent.details.language,
                        answers: Dictionary(
                            answers.filter { $0.respondentID == respondent.id }.map { ($0.date, $0.choice.rawValue) },
                            uniquingKeysWith: { first, _ in first }))
                }))
    }
}
