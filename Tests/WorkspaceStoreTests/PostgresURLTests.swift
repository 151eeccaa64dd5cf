import Bilingual
import Foundation
import Testing
import WorkspacePostgres

/// `--database postgres://…`: what is understood, what is refused (no server needed).
@Suite("PostgreSQL URLs and an unreachable server", .timeLimit(.minutes(1)))
struct PostgresURLTests {
    @Test("user, password (percent-decoded), host, port (default 5432), database")
    func parse() throws {
        let url = try PostgresURL.parse("postgres://jumelage:p%40ss%3Aw%2Frd@db.quebec.ca:6543/ateliers%20namur", environment: [:])
        #expect(url == PostgresURL(user: "jumelage", password: "p@ss:w/rd", host: "db.quebec.ca", port: 6543, database: "ateliers namur"))
        let plain = try PostgresURL.parse("postgresql://léa@127.0.0.1/jumelage?sslmode=disable", environment: [:])
        #expect(plain == PostgresURL(user: "léa", password: nil, host: "127.0.0.1", port: 5432, database: "jumelage", tls: .disable))
        #expect(try PostgresURL.parse("postgres://u@[::1]:5433/d", environment: [:]).host == "::1")
    }

    @Test("the password may come from PGPASSWORD; one in the URL wins")
    func passwordFromEnvironment() throws {
        #expect(try PostgresURL.parse("postgres://u@h/d", environment: ["PGPASSWORD": "secret"]).password == "secret")
        #expect(try PostgresURL.parse("postgres://u:url@h/d", environment: ["PGPASSWORD": "secret"]).password == "url")
    }

    @Test(
        "malformed URLs are refused with exit 64, never showing the password",
        arguments: [
            "sqlite:x", "postgres://", "postgres://h/d", "postgres://u:secret@h", "postgres://u:secret@h/", "postgres://u@h:0/d",
            "postgres://u@h:99999/d", "postgres://u@h/d/e", "postgres://u@h/d?sslmode=maybe", "postgres://u@h/d?x=1",
            "postgres://u@:5432/d",
        ])
    func malformed(text: String) {
        #expect(throws: PostgresURLError.self) { try PostgresURL.parse(text, environment: [:]) }
        do {
            _ = try PostgresURL.parse(text, environment: [:])
        } catch {
            #expect(error.exitCode == 64)
            for language in [Language.fr, .en] {
                #expect(!error.rendered(in: language).contains("secret"))
                #expect(error.rendered(in: language).contains("postgres://"))
            }
        }
    }

    @Test("the description of a URL hides its password")
    func redacted() throws {
        let url = try PostgresURL.parse("postgres://u:secret@h:5432/d", environment: [:])
        #expect(url.redactedDescription == "postgres://u@h:5432/d")
    }

    @Test("a server that does not answer is a clear error (exit 1), not a crash")
    func unreachable() async throws {
        let url = PostgresURL(user: "u", password: "secret", host: "127.0.0.1", port: 1, database: "d", tls: .disable)
        do {
            _ = try await PostgresWorkspaceStore(url: url)
            Issue.record("opened a store on a closed port")
        } catch let error as PostgresUnavailable {
            #expect(error.exitCode == 1)
            #expect(error.rendered(in: .en).contains("postgres://u@127.0.0.1:1/d"))
            #expect(!error.rendered(in: .fr).contains("secret"))
        }
    }
}
