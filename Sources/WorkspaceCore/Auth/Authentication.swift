import Bilingual
import Foundation
import HummingbirdBcrypt
import HummingbirdOTP
import WorkspaceStore

/// Accounts and sessions: checks passwords (bcrypt) and one-time codes (TOTP), throttles failed
/// sign-ins, opens and closes sessions. Only hashes of cookies and links are stored.
package struct Authentication: Sendable {
    package let store: any WorkspaceStore
    /// Sessions last this long without being renewed.
    package var sessionLifetime: TimeInterval = 12 * 3600
    /// More failures than this for one login or one address within `throttleWindow` refuse sign-in.
    package var maximumFailures = 5
    package var throttleWindow: TimeInterval = 15 * 60
    /// bcrypt's work factor (2^cost rounds).
    package var bcryptCost: UInt8 = 12

    package init(store: any WorkspaceStore) {
        self.store = store
    }

    package enum SignInFailure: Error, Sendable, Equatable {
        /// Unknown login or wrong password: the same answer for both.
        case wrongCredentials
        /// The account has two-step sign-in: a code is needed, or the one given is wrong.
        case codeNeeded
        case throttled(minutes: Int)

        package var message: LocalizedText {
            switch self {
            case .wrongCredentials:
                LocalizedText(fr: "Identifiant ou mot de passe incorrect.", en: "Wrong login or password.")
            case .codeNeeded:
                LocalizedText(
                    fr: "Entrez le code à six chiffres de votre application d'authentification.",
                    en: "Enter the six-digit code from your authenticator app.")
            case .throttled(let minutes):
                LocalizedText(
                    fr: "Trop de tentatives : réessayez dans \(minutes) min.", en: "Too many attempts: try again in \(minutes) min.")
            }
        }
    }

    /// Checks the credentials and opens a session; returns the cookie's value (never stored) and the session.
    package func signIn(
        login typed: String, password: String, code: String?, address: String?, now: Date
    ) async throws -> (
        cookie: String, session: SessionRecord, user: UserAccount
    ) {
        // Logins are kept in lower case: « Élodie » and « élodie » are one account.
        let login = typed.lowercased()
        let keys = ["login:" + login.lowercased()] + (address.map { ["address:" + $0] } ?? [])
        let since = now.addingTimeInterval(-throttleWindow)
        for key in keys where try await store.signInFailures(key: key, since: since) >= maximumFailures {
            try await store.appendAudit(AuditEntry(at: now, userID: nil, action: "sign-in-throttled", detail: login, address: address))
            throw SignInFailure.throttled(minutes: Int(throttleWindow / 60))
        }
        guard let user = try await store.user(login: login), Bcrypt.verify(password, hash: user.passwordHash) else {
            // The same work for an unknown login as for a wrong password.
            if try await store.user(login: login) == nil { _ = Bcrypt.verify(password, hash: Self.decoyHash) }
            for key in keys { try await store.recordSignInFailure(key: key, at: now) }
            try await store.appendAudit(AuditEntry(at: now, userID: nil, action: "sign-in-failed", detail: login, address: address))
            throw SignInFailure.wrongCredentials
        }
        if let secret = user.totpSecret {
            guard let code, Self.verify(code: code, secret: secret, now: now) else {
                if code != nil {
                    for key in keys { try await store.recordSignInFailure(key: key, at: now) }
                    try await store.appendAudit(
                        AuditEntry(at: now, userID: user.id, action: "sign-in-failed", detail: "code", address: address))
                }
                throw SignInFailure.codeNeeded
            }
        }
        for key in keys { try await store.clearSignInFailures(key: key) }
        let opened = try await openSession(for: user, now: now)
        try await store.appendAudit(AuditEntry(at: now, userID: user.id, action: "sign-in", detail: user.login, address: address))
        return (opened.cookie, opened.session, user)
    }

    /// A new session for `user`; the cookie's value is returned, its hash stored.
    package func openSession(for user: UserAccount, now: Date) async throws -> (cookie: String, session: SessionRecord) {
        let cookie = TokenHash.randomToken()
        let session = SessionRecord(
            idHash: TokenHash.sha256Hex(cookie), userID: user.id, csrfToken: TokenHash.randomToken(), createdAt: now,
            expiresAt: now.addingTimeInterval(sessionLifetime))
        try await store.createSession(session)
        return (cookie, session)
    }

    /// The signed-in person for a session cookie, or nil.
    package func resolve(cookie: String, now: Date) async throws -> SignedIn? {
        guard let session = try await store.session(idHash: TokenHash.sha256Hex(cookie), now: now),
            let user = try await store.user(id: session.userID)
        else { return nil }
        return SignedIn(user: user, session: session, memberships: try await store.memberships(userID: user.id))
    }

    package func signOut(cookie: String) async throws {
        try await store.deleteSession(idHash: TokenHash.sha256Hex(cookie))
    }

    package func hash(password: String) -> String { Bcrypt.hash(password, cost: bcryptCost) }

    /// A password must be at least 10 characters long.
    package static func passwordProblem(_ password: String) -> LocalizedText? {
        password.count >= 10
            ? nil
            : LocalizedText(
                fr: "Le mot de passe doit compter au moins 10 caractères.", en: "The password must be at least 10 characters long.")
    }

    /// The code of the current 30-second step, or of the one before or after (clocks drift).
    package static func verify(code: String, secret: String, now: Date) -> Bool {
        let digits = code.filter(\.isNumber)
        guard digits.count == 6, let value = Int(digits) else { return false }
        let totp = TOTP(secret: secret)
        return [-30.0, 0, 30].contains { totp.compute(date: now.addingTimeInterval($0)) == value }
    }

    /// A bcrypt hash of nothing anyone knows, compared against when the login is unknown.
    static let decoyHash = Bcrypt.hash("jumelage-decoy-\(UInt64.random(in: 0...UInt64.max))", cost: 12)
}

extension Authentication {
    package func verify(password: String, of user: UserAccount) -> Bool { Bcrypt.verify(password, hash: user.passwordHash) }
}
