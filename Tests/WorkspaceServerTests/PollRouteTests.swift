import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspacePolls
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// Date polls through the server: coordinators create and close them, respondents answer with
/// their personal link only and see nothing but the poll's days, their own answers and the counts.
@Suite struct PollRouteTests {
    static let plan = "quebec-namur-2024-2026"
    static let event = "visio-sondage"
    static let eventPath = "/espace/plans/\(plan)/evenements/\(event)"
    /// Open, timed: 14:00–16:00 in Québec's zone, travellers in Québec and in Namur.
    static let eventYAML = """

          - id: visio-sondage
            title: {fr: Visioconférence de suivi, en: Follow-up video call}
            start: 2026-12-08T14:00
            duration: 2h
            host: quebec
            mode: virtual
            travellers: [bruno-marchand, maxime-prevot]
            schedule:
              window: {from: 2026-12-07, to: 2026-12-18}

        """

    /// The workspace of `WorkspaceFixture` with the event above, served with the poll routes.
    static func fixture() async throws -> WorkspaceFixture {
        let fixture = try await WorkspaceFixture()
        let file = fixture.folder.appendingPathComponent("\(plan).yaml")
        try (try fixture.text(of: "\(plan).yaml") + eventYAML).write(to: file, atomically: true, encoding: .utf8)
        try await fixture.services.workspace.reload()
        return fixture
    }

    static var polls: (WorkspaceFixture) -> any PollStore { { $0.services.store as! any PollStore } }

    static let creation: [(String, String)] = [
        ("day", "2026-12-07"), ("day", "2026-12-08"), ("day", "2026-12-09"), ("who", "person:bruno-marchand"),
        ("guest-name-1", "Alex Partner"), ("guest-zone-1", "Europe/Brussels"), ("guest-language-1", "en"), ("lifetime", "14"),
    ]

    /// The personal links of a creation page, by name.
    static func links(in page: String) -> [String: String] {
        var links: [String: String] = [:]
        for piece in page.components(separatedBy: "class=\"copy\" readonly value=\"").dropFirst() {
            let url = String(piece.prefix { $0 != "\"" })
            guard let name = piece.components(separatedBy: "data-respondent=\"").dropFirst().first?.prefix(while: { $0 != "\"" }),
                let path = url.range(of: "/sondage/").map({ String(url[$0.lowerBound...]) })
            else { continue }
            links[String(name)] = path
        }
        return links
    }

    @Test func anEditorCreatesAPollAndSeesEachPersonalLinkOnce() async throws {
        let fixture = try await Self.fixture()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let form = try await client.execute(uri: Self.eventPath + "/sondage", method: .get, headers: session.headers)
            #expect(form.status == .ok)
            #expect(form.body.text.components(separatedBy: "name=\"day\"").count - 1 == 5)
            #expect(form.body.text.contains("value=\"person:bruno-marchand\"") && form.body.text.contains("value=\"person:maxime-prevot\""))
            let created = try await client.execute(
                uri: Self.eventPath + "/sondage", method: .post, headers: session.formHeaders(), body: session.form(Self.creation))
            #expect(created.status == .created, "\(created.body.text.prefix(2000))")
            let links = Self.links(in: created.body.text)
            #expect(Set(links.keys) == ["Bruno Marchand", "Alex Partner"])
            let poll = try #require(try await Self.polls(fixture).polls(planID: Self.plan, eventID: Self.event).first)
            #expect(poll.details.days.map(\.date) == ["2026-12-07", "2026-12-08", "2026-12-09"])
            #expect(poll.details.days.map(\.cost) == [1, 0, 1])
            #expect(poll.details.expiresAt == WorkspaceFixture.now.addingTimeInterval(14 * 86_400))
            let respondents = try await Self.polls(fixture).respondents(pollID: poll.id)
            #expect(respondents.map(\.details.name) == ["Bruno Marchand", "Alex Partner"])
            #expect(respondents.map(\.details.zone) == ["America/Toronto", "Europe/Brussels"])
            #expect(respondents.map(\.details.kind) == [.traveller, .guest])
            // Only the hash is stored, and it is the hash of the token shown.
            for respondent in respondents {
                let token = try #require(links[respondent.details.name]).replacingOccurrences(of: "/sondage/", with: "")
                #expect(token.count == 43)
                #expect(respondent.details.tokenHash == TokenHash.sha256Hex(token))
                #expect(respondent.details.tokenHash != token)
            }
            let audit = try await fixture.services.store.auditLog(limit: 1)
            #expect(audit.first?.action == "poll-created")
            // The poll's page never shows the links again.
            let results = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(poll.id)", method: .get, headers: session.headers)
            #expect(results.status == .ok)
            #expect(links.values.allSatisfy { !results.body.text.contains($0) })
        }
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var fields: [(String, String)]
        var csrf = true
        var status: HTTPResponse.Status
        var message: String
        var testDescription: String { name }
    }

    static let refusals = [
        Refusal(
            name: "two days", fields: creation.filter { $0 != ("day", "2026-12-09") }, status: .unprocessableContent,
            message: "Cochez de 3 à 5 dates"),
        Refusal(
            name: "a day outside the window", fields: creation + [("day", "2026-12-25")], status: .unprocessableContent,
            message: "n&#39;est pas une date possible"),
        Refusal(
            name: "nobody", fields: creation.filter { $0.0 != "who" && !$0.0.hasPrefix("guest") }, status: .unprocessableContent,
            message: "au moins une personne"),
        Refusal(
            name: "an unknown zone", fields: creation.map { $0.0 == "guest-zone-1" ? ($0.0, "Europe/Namur") : $0 },
            status: .unprocessableContent, message: "fuseau « Europe/Namur » est inconnu"),
        Refusal(
            name: "a lifetime of a year", fields: creation.map { $0.0 == "lifetime" ? ($0.0, "365") : $0 }, status: .unprocessableContent,
            message: "de 1 à 60 jours"),
        Refusal(name: "no CSRF token", fields: creation, csrf: false, status: .forbidden, message: "Formulaire expiré"),
    ]

    @Test(arguments: refusals)
    func aBadPollFormIsRefusedAndNothingIsStored(_ refusal: Refusal) async throws {
        let fixture = try await Self.fixture()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let answer = try await client.execute(
                uri: Self.eventPath + "/sondage", method: .post, headers: session.formHeaders(),
                body: session.form(refusal.fields, csrf: refusal.csrf))
            #expect(answer.status == refusal.status)
            #expect(answer.body.text.contains(refusal.message), "\(answer.body.text.prefix(3000))")
        }
        #expect(try await Self.polls(fixture).polls(planID: Self.plan, eventID: nil).isEmpty)
    }

    @Test func aConfidentialEventIsNotPolled() async throws {
        let fixture = try await WorkspaceFixture()
        let file = fixture.folder.appendingPathComponent("\(Self.plan).yaml")
        let text = try fixture.text(of: "\(Self.plan).yaml") + Self.eventYAML + "    confidential: true\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        try await fixture.services.workspace.reload()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: Self.eventPath + "/sondage", method: .get, headers: session.headers)
            #expect(page.body.text.contains("Un événement confidentiel ne se sonde pas"))
            #expect(!page.body.text.contains("name=\"day\""))
            let event = try await client.execute(uri: Self.eventPath, method: .get, headers: session.headers)
            #expect(event.status == .ok && !event.body.text.contains("lien-sondage"))
            let post = try await client.execute(
                uri: Self.eventPath + "/sondage", method: .post, headers: session.formHeaders(), body: session.form(Self.creation))
            #expect(post.status == .unprocessableContent)
        }
        #expect(try await Self.polls(fixture).polls(planID: Self.plan, eventID: nil).isEmpty)
    }

    /// Creates the poll of `creation` as `session`; returns its id and the links by name.
    static func createPoll(
        _ client: some TestClientProtocol, _ fixture: WorkspaceFixture, _ session: WorkspaceFixture.Session
    ) async throws -> (Int64, [String: String]) {
        let created = try await client.execute(
            uri: eventPath + "/sondage", method: .post, headers: session.formHeaders(), body: session.form(creation))
        let poll = try #require(try await polls(fixture).polls(planID: plan, eventID: event).first)
        return (poll.id, links(in: created.body.text))
    }

    /// A respondent's answer form, as their browser sends it (the form cookie and its field).
    static func answer(
        _ client: some TestClientProtocol, _ path: String, _ choices: [(String, String)]
    ) async throws -> TestResponse {
        let page = try await client.execute(uri: path, method: .get)
        let cookie = page.headers[values: .setCookie].first { $0.hasPrefix("jumelage_poll_form=") }?.split(separator: ";").first ?? ""
        let form = hiddenValue("form", in: page.body.text) ?? ""
        let body = ([("form", form)] + choices).map { "\($0.0)=\(WorkspaceFixture.Session.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(
            uri: path, method: .post, headers: [.cookie: String(cookie), .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
    }

    @Test func aRespondentSeesOnlyTheDaysTheirAnswersAndTheCounts() async throws {
        let fixture = try await Self.fixture()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let (pollID, links) = try await Self.createPoll(client, fixture, session)
            let bruno = try #require(links["Bruno Marchand"]), alex = try #require(links["Alex Partner"])
            let saved = try await Self.answer(client, bruno, [("jour-2026-12-07", "no"), ("jour-2026-12-08", "yes")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "\(bruno)?lang=fr&enregistre=1")
            let page = try await client.execute(uri: alex, method: .get)
            #expect(page.status == .ok)
            let text = page.body.text
            #expect(text.contains("<html lang=\"en\">") && text.contains("Follow-up video call"))
            // 14:00 in Québec is 20:00 in Brussels.
            #expect(text.contains("Tuesday 8 December 2026, 20:00–22:00 (Europe/Brussels)"))
            #expect(text.contains("Answers so far: 1 yes, 0 if need be, 0 no"))
            // Nobody else's name, nothing else of the plan, no workspace navigation.
            for hidden in ["Bruno", "Maxime", "Namur", "comite-suivi", "/espace"] { #expect(!text.contains(hidden), "\(hidden)") }
            let french = try await client.execute(uri: alex + "?lang=fr", method: .get)
            #expect(french.body.text.contains("mardi 8 décembre 2026, 20:00–22:00 (Europe/Brussels)"))
            let own = try await client.execute(uri: bruno, method: .get)
            #expect(own.body.text.contains("mardi 8 décembre 2026, 14:00–16:00 (America/Toronto)"))
            #expect(own.body.text.contains("name=\"jour-2026-12-07\" value=\"no\" checked"))
            let answers = try await Self.polls(fixture).answers(pollID: pollID)
            #expect(answers.map { "\($0.date) \($0.choice.rawValue)" } == ["2026-12-07 no", "2026-12-08 yes"])
        }
    }

    @Test func anAnswerWithoutTheFormCookieIsRefused() async throws {
        let fixture = try await Self.fixture()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let (pollID, links) = try await Self.createPoll(client, fixture, session)
            let path = try #require(links["Bruno Marchand"])
            let forged = try await client.execute(
                uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "form=guess&jour-2026-12-08=no"))
            #expect(forged.status == .forbidden)
            #expect(try await Self.polls(fixture).answers(pollID: pollID).isEmpty)
        }
    }

    @Test func unknownMalformedAndExpiredLinksAnswerTheSame404() async throws {
        let fixture = try await Self.fixture()
        let polls = Self.polls(fixture)
        let expired = "E" + String(repeating: "x", count: 42)
        _ = try await polls.createPoll(
            NewPoll(
                planID: Self.plan, eventID: Self.event, titleFR: "Ancien", titleEN: "Old", slot: "{}", days: [], createdBy: nil,
                createdByName: "Admin", createdAt: WorkspaceFixture.now.addingTimeInterval(-100),
                expiresAt: WorkspaceFixture.now),
            respondents: [
                NewPollRespondent(
                    name: "Expiré", personID: nil, email: nil, zone: "UTC", language: "fr", kind: .guest,
                    tokenHash: TokenHash.sha256Hex(expired))
            ])
        try await fixture.application().test(.router) { client in
            var bodies = Set<String>()
            for token in [expired, String(repeating: "A", count: 43), "court", String(repeating: "!", count: 43)] {
                let page = try await client.execute(uri: "/sondage/\(token)", method: .get)
                #expect(page.status == .notFound, "\(token)")
                bodies.insert(page.body.text)
            }
            #expect(bodies.count == 1)
            #expect(bodies.first?.contains("Lien inconnu ou expiré") == true && bodies.first?.contains("Ancien") == false)
        }
    }

    @Test func guessingLinksIsThrottledPerAddress() async throws {
        let fixture = try await Self.fixture()
        try await fixture.application().test(.router) { client in
            for attempt in 0..<20 {
                let page = try await client.execute(uri: "/sondage/\(String(repeating: "B", count: 42))\(attempt % 10)", method: .get)
                #expect(page.status == .notFound)
            }
            let refused = try await client.execute(uri: "/sondage/\(String(repeating: "C", count: 43))", method: .get)
            #expect(refused.status == .tooManyRequests)
        }
    }

    @Test func aViewerSeesTheResultsButNeitherCreatesNorCloses() async throws {
        let fixture = try await Self.fixture()
        let admin = try await fixture.account("admin")
        let viewer = try await fixture.account("viewer", roles: [Self.plan: .viewer])
        try await fixture.application().test(.router) { client in
            let (pollID, _) = try await Self.createPoll(client, fixture, admin)
            let form = try await client.execute(uri: Self.eventPath + "/sondage", method: .get, headers: viewer.headers)
            #expect(form.status == .ok && !form.body.text.contains("name=\"day\""))
            let create = try await client.execute(
                uri: Self.eventPath + "/sondage", method: .post, headers: viewer.formHeaders(), body: viewer.form(Self.creation))
            #expect(create.status == .forbidden)
            let results = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(pollID)", method: .get, headers: viewer.headers)
            #expect(results.status == .ok && results.body.text.contains("Bruno Marchand") && !results.body.text.contains("id=\"cloture\""))
            let close = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(pollID)/confirmer", method: .post, headers: viewer.formHeaders(),
                body: viewer.form([("date", "2026-12-08")]))
            #expect(close.status == .forbidden)
            #expect(try await Self.polls(fixture).poll(id: pollID)?.state == .open)
            // Another plan's path does not reach the poll.
            let elsewhere = try await client.execute(
                uri: "/espace/plans/terrebonne-namur-2024-2026/sondages/\(pollID)", method: .get, headers: admin.headers)
            #expect(elsewhere.status == .notFound)
        }
    }

    @Test func theAPIGivesThePollsAndTheRankedResultsToWhoeverSeesThePlan() async throws {
        let fixture = try await Self.fixture()
        let admin = try await fixture.account("admin")
        let outsider = try await fixture.account("outsider", roles: ["terrebonne-namur-2024-2026": .owner])
        try await fixture.application().test(.router) { client in
            let (pollID, links) = try await Self.createPoll(client, fixture, admin)
            _ = try await Self.answer(
                client, try #require(links["Bruno Marchand"]), [("jour-2026-12-07", "no"), ("jour-2026-12-09", "yes")])
            let list = try await client.execute(uri: "/api/v1/plans/\(Self.plan)/polls", method: .get, headers: admin.headers)
            #expect(list.status == .ok)
            let summaries = try JSONSerialization.jsonObject(with: Data(list.body.text.utf8)) as? [[String: Any]]
            #expect(summaries?.map { $0["id"] as? Int } == [Int(pollID)])
            #expect(summaries?.first?["respondents"] as? Int == 2 && summaries?.first?["state"] as? String == "open")
            let results = try await client.execute(
                uri: "/api/v1/plans/\(Self.plan)/polls/\(pollID)", method: .get, headers: admin.headers)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(results.body.text.utf8)) as? [String: Any])
            let ranking = try #require(body["ranking"] as? [[String: Any]])
            #expect(ranking.map { $0["date"] as? String } == ["2026-12-08", "2026-12-09", "2026-12-07"])
            #expect(ranking.map { $0["possible"] as? Bool } == [true, true, false])
            let people = try #require(body["respondents"] as? [[String: Any]])
            #expect(people.first?["answers"] as? [String: String] == ["2026-12-07": "no", "2026-12-09": "yes"])
            for (uri, headers) in [
                ("/api/v1/plans/\(Self.plan)/polls", outsider.headers), ("/api/v1/plans/\(Self.plan)/polls/\(pollID)", outsider.headers),
                ("/api/v1/plans/\(Self.plan)/polls/999", admin.headers),
            ] {
                #expect(try await client.execute(uri: uri, method: .get, headers: headers).status == .notFound, "\(uri)")
            }
            #expect(try await client.execute(uri: "/api/v1/plans/\(Self.plan)/polls", method: .get).status == .unauthorized)
        }
    }

    @Test func closingPinsTheEventThroughTheHistoryAndEndsTheAnswers() async throws {
        let fixture = try await Self.fixture()
        let session = try await fixture.account("admin")
        try await fixture.application().test(.router) { client in
            let (pollID, links) = try await Self.createPoll(client, fixture, session)
            let bruno = try #require(links["Bruno Marchand"]), alex = try #require(links["Alex Partner"])
            _ = try await Self.answer(
                client, bruno, [("jour-2026-12-07", "no"), ("jour-2026-12-08", "yes"), ("jour-2026-12-09", "if-need-be")])
            _ = try await Self.answer(client, alex, [("jour-2026-12-07", "yes"), ("jour-2026-12-08", "yes"), ("jour-2026-12-09", "no")])
            let results = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(pollID)", method: .get, headers: session.headers)
            let order = results.body.text.components(separatedBy: "<tr data-date=\"").dropFirst().map { String($0.prefix(10)) }
            #expect(order == ["2026-12-08", "2026-12-09", "2026-12-07"])
            #expect(results.body.text.contains("impossible pour Bruno Marchand"))
            let revision = try #require(hiddenValue("revision", in: results.body.text))
            let closed = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(pollID)/confirmer", method: .post, headers: session.formHeaders(),
                body: session.form([("revision", revision), ("date", "2026-12-09")]))
            #expect(closed.status == .seeOther, "\(closed.body.text.prefix(2000))")
            let poll = try #require(try await Self.polls(fixture).poll(id: pollID))
            #expect(poll.state == .closed && poll.confirmedDate == "2026-12-09")
            #expect(try fixture.text(of: "\(Self.plan).yaml").contains("    start: 2026-12-09T14:00\n"))
            let history = try await fixture.services.store.history(planID: Self.plan, eventID: Self.event, limit: 1)
            #expect(history.first?.summary == "Visioconférence de suivi : fixé au 9 décembre 2026 (sondage n° \(pollID))")
            #expect(try await fixture.services.store.auditLog(limit: 1).first?.action == "poll-closed")
            let late = try await Self.answer(client, alex, [("jour-2026-12-08", "no")])
            #expect(late.status == .conflict)
            let again = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/sondages/\(pollID)/confirmer", method: .post, headers: session.formHeaders(),
                body: session.form([("revision", revision), ("date", "2026-12-08")]))
            #expect(again.status == .conflict)
        }
    }
}
