import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestSupport
import Testing
import WorkspacePolls
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// A workspace on a copy of the real plans of `calendars/`, in a temporary folder, with a fixed clock.
final class WorkspaceFixture: Sendable {
    let folder: URL
    let services: WorkspaceServices
    let firstAccessPath: String?
    static let planFiles = [
        "france-quebec-cooperation.yaml", "quebec-international.yaml", "quebec-namur-2024-2026.yaml", "terrebonne-namur-2024-2026.yaml",
    ]
    static let now = Date(timeIntervalSince1970: 1_764_590_400)  // 2025-12-01T12:00:00Z

    /// `database`: a `postgres://` URL (the plans are imported into it on first start), else SQLite.
    /// `texts`: more plans, by file name.
    init(files: [String] = planFiles, texts: [String: String] = [:], database: String? = nil, smtp: SMTPSettings? = nil) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(at: Repository.calendars.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        for (file, text) in texts { try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let prepared = try await WorkspaceApplication.prepare(
            WorkspaceArguments(folder: folder.path, database: database, smtp: smtp), logger: logger, now: { WorkspaceFixture.now })
        services = prepared.services
        firstAccessPath = prepared.firstAccessPath
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The routes `jumelage workspace` serves, date polls included.
    func application() throws -> some ApplicationProtocol {
        Application(router: try WorkspaceApplication.router(services, fallbackHost: "127.0.0.1:8080", more: [PollRoutes.routes]))
    }

    func text(of file: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) }

    /// Creates an account with a role on some plans (an administrator when `roles` is nil) and signs it in.
    func account(_ login: String, roles: [String: PlanRole]? = nil) async throws -> Session {
        let store = services.store
        let user = try await store.createUser(
            NewUser(
                login: login, displayName: login, passwordHash: services.authentication.hash(password: "correct horse battery"),
                isAdministrator: roles == nil, createdAt: Self.now))
        for (plan, role) in roles ?? [:] { try await store.setRole(role, userID: user.id, planID: plan) }
        let opened = try await services.authentication.openSession(for: user, now: Self.now)
        return Session(cookie: opened.cookie, csrf: opened.session.csrfToken)
    }

    struct Session: Sendable {
        var cookie: String
        var csrf: String

        var headers: HTTPFields { [.cookie: "\(Cookies.session)=\(cookie)"] }

        func formHeaders() -> HTTPFields {
            [.cookie: "\(Cookies.session)=\(cookie)", .contentType: "application/x-www-form-urlencoded"]
        }

        /// A form body with the session's CSRF token.
        func form(_ fields: [(String, String)], csrf: Bool = true) -> ByteBuffer {
            let all = (csrf ? [("csrf", self.csrf)] : []) + fields
            return ByteBuffer(string: all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&"))
        }

        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
        }
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}

/// The value of `<input type="hidden" name="NAME" value="…">` in a page.
func hiddenValue(_ name: String, in html: String) -> String? {
    guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(html[range.upperBound...].prefix { $0 != "\"" })
}
