import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import WorkspaceStore
import Yams

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// `/api/v1/`: 401 without a session on every route of the OpenAPI document, 403 without the CSRF
/// token, and the document served is the repository's.
@Suite struct APITests {
    /// Every operation of docs/openapi.yaml, with its path parameters filled in.
    static func operations() throws -> [(method: HTTPRequest.Method, path: String)] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        return paths.keys.sorted().flatMap { path -> [(HTTPRequest.Method, String)] in
            let filled = path.replacingOccurrences(of: "{plan}", with: "quebec-namur-2024-2026").replacingOccurrences(
                of: "{event}", with: "comite-suivi")
            let methods = (paths[path] as? [String: Any])?.keys.sorted() ?? []
            return methods.compactMap { HTTPRequest.Method($0.uppercased()).map { ($0, filled) } }
        }
    }

    @Test func everyRouteAnswers401WithoutASession() async throws {
        let fixture = try await WorkspaceFixture()
        let operations = try Self.operations()
        #expect(operations.count >= 10)
        let app = try fixture.application()
        try await app.test(.router) { client in
            for operation in operations {
                let response = try await client.execute(uri: operation.path, method: operation.method)
                #expect(response.status == .unauthorized, "\(operation.method) \(operation.path)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.body.text.contains("\"code\":\"unauthorized\""))
            }
        }
    }

    @Test func writesNeedTheCSRFToken() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            for operation in try Self.operations() where operation.method != .get {
                let response = try await client.execute(uri: operation.path, method: operation.method, headers: session.headers)
                #expect(response.status == .forbidden, "\(operation.method) \(operation.path)")
                #expect(response.body.text.contains("\"code\":\"csrf\""))
            }
        }
    }

    @Test func theServedDocumentIsTheRepositorys() async throws {
        let fixture = try await WorkspaceFixture()
        let app = try fixture.application()
        let kept = try String(contentsOf: Repository.root.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.body.text == kept.trimmingCharacters(in: .newlines))
        }
    }

    @Test func planTextRoundTripsAndRefusesAStaleRevision() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let read = try await client.execute(uri: "/api/v1/plans/quebec-namur-2024-2026/yaml", method: .get, headers: session.headers)
            #expect(read.status == .ok)
            let text = try JSONDecoder().decode(APIModels.PlanText.self, from: Data(buffer: read.body))
            var headers = session.headers
            headers[.init("X-CSRF-Token")!] = session.csrf
            headers[.contentType] = "application/json"
            let edited = APIModels.PlanText(
                revision: text.revision, text: text.text.replacingOccurrences(of: "Comité de suivi du protocole", with: "Comité de suivi"))
            let saved = try await client.execute(
                uri: "/api/v1/plans/quebec-namur-2024-2026/yaml", method: .put, headers: headers,
                body: ByteBuffer(bytes: try JSONEncoder().encode(edited)))
            #expect(saved.status == .ok)
            let stale = try await client.execute(
                uri: "/api/v1/plans/quebec-namur-2024-2026/yaml", method: .put, headers: headers,
                body: ByteBuffer(bytes: try JSONEncoder().encode(edited)))
            #expect(stale.status == .conflict)
            let conflict = try JSONDecoder().decode(APIModels.Conflict.self, from: Data(buffer: stale.body))
            #expect(conflict.current.contains("Comité de suivi\n") && conflict.attempted == edited.text)
            let broken = APIModels.PlanText(revision: conflict.currentRevision, text: conflict.current + "\nunknownKey: 1\n")
            let refused = try await client.execute(
                uri: "/api/v1/plans/quebec-namur-2024-2026/yaml", method: .put, headers: headers,
                body: ByteBuffer(bytes: try JSONEncoder().encode(broken)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.text.contains("unknownKey"))
        }
        #expect(try fixture.text(of: "quebec-namur-2024-2026.yaml").contains("title:\n      fr: Comité de suivi\n"))
    }
}
