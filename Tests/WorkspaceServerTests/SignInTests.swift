import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdOTP
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// The first administrator's one-time link, sign-in with bcrypt, throttling, sign-out.
@Suite struct SignInTests {
    @Test func theFirstStartPrintsALinkThatWorksOnce() async throws {
        let fixture = try await WorkspaceFixture()
        #expect(try await fixture.services.store.userCount() == 0)
        let path = try #require(fixture.firstAccessPath)
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: path, method: .get)
            #expect(page.status == .ok)
            let formToken = try #require(hiddenValue("form", in: page.body.text))
            let headers: HTTPFields = [.cookie: "\(Cookies.formToken)=\(formToken)", .contentType: "application/x-www-form-urlencoded"]
            let body = "form=\(formToken)&name=Ana%C3%AFs&login=anais%40quebec.ca&password=une+longue+phrase"
            let created = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/espace")
            let cookie = try #require(created.headers[values: .setCookie].first { $0.hasPrefix(Cookies.session + "=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            let again = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(again.status == .notFound)
        }
        let users = try await fixture.services.store.users()
        #expect(users.map(\.login) == ["anais@quebec.ca"])
        #expect(users[0].isAdministrator)
        #expect(users[0].passwordHash.hasPrefix("$2"))
        #expect(!users[0].passwordHash.contains("longue"))
    }

    @Test func signInChecksThePasswordAndThrottles() async throws {
        let fixture = try await WorkspaceFixture()
        _ = try await fixture.account("marie@namur.be")
        let app = try fixture.application()
        try await app.test(.router) { client in
            func attempt(_ password: String) async throws -> TestResponse {
                let page = try await client.execute(uri: "/connexion", method: .get)
                let token = try #require(hiddenValue("form", in: page.body.text))
                return try await client.execute(
                    uri: "/connexion", method: .post,
                    headers: [.cookie: "\(Cookies.formToken)=\(token)", .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "form=\(token)&login=marie%40namur.be&password=\(password)"))
            }
            let good = try await attempt("correct+horse+battery")
            #expect(good.status == .seeOther)
            for _ in 0..<5 {
                let bad = try await attempt("wrong")
                #expect(bad.status == .unauthorized)
                #expect(bad.body.text.contains("Identifiant ou mot de passe incorrect"))
            }
            let throttled = try await attempt("correct+horse+battery")
            #expect(throttled.status == .tooManyRequests)
        }
        let actions = try await fixture.services.store.auditLog(limit: 20).map(\.action)
        #expect(actions.filter { $0 == "sign-in-failed" }.count == 5)
        #expect(actions.contains("sign-in") && actions.contains("sign-in-throttled"))
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let fixture = try await WorkspaceFixture()
        _ = try await fixture.account("marie@namur.be")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/connexion", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "login=marie%40namur.be&password=correct+horse+battery"))
            #expect(response.headers[values: .setCookie].allSatisfy { !$0.hasPrefix(Cookies.session + "=") })
            #expect(response.body.text.contains("Le formulaire a expiré"))
        }
    }

    @Test func pagesNeedASession() async throws {
        let fixture = try await WorkspaceFixture()
        let app = try fixture.application()
        try await app.test(.router) { client in
            for path in ["/espace", "/espace/plans/quebec-namur-2024-2026", "/espace/calendrier", "/espace/publication", "/espace/compte"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location] == "/connexion", "\(path)")
            }
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
            #expect(home.body.text.contains("href=\"/connexion\""))
        }
    }
}

/// Two-step sign-in: with a TOTP secret, the password alone opens no session.
@Suite struct TwoStepSignInTests {
    @Test func aCodeFromTheAuthenticatorIsNeeded() async throws {
        let fixture = try await WorkspaceFixture()
        _ = try await fixture.account("marie@namur.be")
        let user = try #require(try await fixture.services.store.user(login: "marie@namur.be"))
        let secret = "JUMELAGETESTSECRETJUMELAGE234567"
        try await fixture.services.store.setTOTPSecret(secret, userID: user.id)
        let code = String(format: "%06d", TOTP(secret: secret).compute(date: WorkspaceFixture.now))
        let app = try fixture.application()
        try await app.test(.router) { client in
            func attempt(_ extra: String) async throws -> TestResponse {
                let page = try await client.execute(uri: "/connexion", method: .get)
                let token = try #require(hiddenValue("form", in: page.body.text))
                return try await client.execute(
                    uri: "/connexion", method: .post,
                    headers: [.cookie: "\(Cookies.formToken)=\(token)", .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "form=\(token)&login=marie%40namur.be&password=correct+horse+battery\(extra)"))
            }
            let asked = try await attempt("")
            #expect(asked.status == .ok)
            #expect(asked.body.text.contains("id=\"code\""))
            #expect(asked.headers[values: .setCookie].allSatisfy { !$0.hasPrefix(Cookies.session + "=") })
            let wrong = try await attempt("&code=000000")
            #expect(wrong.headers[values: .setCookie].allSatisfy { !$0.hasPrefix(Cookies.session + "=") })
            let right = try await attempt("&code=\(code)")
            #expect(right.status == .seeOther)
            #expect(right.headers[values: .setCookie].contains { $0.hasPrefix(Cookies.session + "=") })
        }
    }
}
