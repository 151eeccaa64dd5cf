import Foundation
import PostgresNIO

/// Where the PostgreSQL database is: `postgres://user[:password]@host[:port]/database`
/// (`postgresql://` too), optionally `?sslmode=disable|prefer|require` (default `prefer`, as
/// libpq). The user, password and database are percent-decoded; the port defaults to 5432; the
/// password may instead come from `PGPASSWORD`, so that it need not be on the command line (a
/// password in the URL wins). An IPv6 host is written in brackets (`[::1]`).
package struct PostgresURL: Sendable, Hashable {
    package enum TLSMode: String, Sendable, Hashable {
        case disable, prefer, require
    }

    package var user: String
    package var password: String?
    package var host: String
    package var port: Int
    package var database: String
    package var tls: TLSMode

    package init(user: String, password: String?, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// Whether `text` names a PostgreSQL database at all (then `parse` says what is wrong with it).
    package static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `text`; `environment` gives `PGPASSWORD` when the URL has no password. Throws
    /// `PostgresURLError` (exit 64) saying which part is missing or malformed.
    package static func parse(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PostgresURLError)
        -> PostgresURL
    {
        guard isPostgres(text) else { throw .notPostgres(text) }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw .malformed(redacted(text), part: .host)
        }
        guard let user = components.user?.removingPercentEncoding, !user.isEmpty else {
            throw .malformed(redacted(text), part: .user)
        }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw .malformed(redacted(text), part: .port) }
        var path = components.percentEncodedPath
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.isEmpty, !path.contains("/"), let database = path.removingPercentEncoding, !database.isEmpty else {
            throw .malformed(redacted(text), part: .database)
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode", let value = item.value, let mode = TLSMode(rawValue: value) else {
                throw .malformed(redacted(text), part: .query)
            }
            tls = mode
        }
        let password = components.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        // URLComponents keeps the brackets of an IPv6 host.
        let bareHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return PostgresURL(user: user, password: password, host: bareHost, port: port, database: database, tls: tls)
    }

    /// The URL without its password, for messages and logs.
    package var redactedDescription: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// `text` with the password, if any, replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }

    /// The configuration of a pool of connections; `searchPath` sets the schemas looked in
    /// (tests use one schema per test).
    package func clientConfiguration(searchPath: String?, maximumConnections: Int) throws -> PostgresClient.Configuration {
        let tlsConfiguration: PostgresClient.Configuration.TLS
        switch tls {
        case .disable: tlsConfiguration = .disable
        case .prefer: tlsConfiguration = .prefer(.makeClientConfiguration())
        case .require: tlsConfiguration = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tlsConfiguration)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(10)
        if let searchPath { configuration.options.additionalStartupParameters = [("search_path", searchPath)] }
        return configuration
    }

    /// The configuration of one connection (migrations, the first contact).
    package func connectionConfiguration(searchPath: String?) throws -> PostgresConnection.Configuration {
        let tlsConfiguration: PostgresConnection.Configuration.TLS
        switch tls {
        case .disable: tlsConfiguration = .disable
        case .prefer: tlsConfiguration = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tlsConfiguration = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tlsConfiguration)
        configuration.options.connectTimeout = .seconds(10)
        if let searchPath { configuration.options.additionalStartupParameters = [("search_path", searchPath)] }
        return configuration
    }
}
