import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// HTTP to one CalDAV server: Basic authentication, a timeout on every request, redirects
/// refused, answers read up to 16 MB. Nothing here logs: the password stays in the
/// `Authorization` header.
final class CalDAVConnection: Sendable {
    struct Answer {
        var status: Int
        var etag: String?
        var body: Data
    }

    let target: CalDAVTarget
    private let client: HTTPClient

    init(target: CalDAVTarget) throws(CalDAVPushError) {
        self.target = target
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = target.certificateAuthorityFile {
            do {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(file))
            } catch {
                throw .certificateAuthority(path: file, reason: String(describing: error))
            }
        }
        let seconds = Int64(target.requestTimeout)
        let configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(min(seconds, 10)), read: .seconds(seconds)))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func shutdown() async {
        try? await client.shutdown()
    }

    /// Sends one request to `path` (percent-decoded, as hrefs are kept) on the target's server. A 401, a redirect or no answer at all
    /// is thrown; every other status is returned.
    func send(
        _ method: HTTPMethod, path: String, headers: [(String, String)] = [], body: String? = nil
    ) async throws(CalDAVPushError)
        -> Answer
    {
        let url = target.origin + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let authorization = target.authorization { request.headers.add(name: "Authorization", value: authorization) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response: HTTPClientResponse
        let data: ByteBuffer
        do {
            response = try await client.execute(request, timeout: .seconds(Int64(target.requestTimeout)))
            data = try await response.body.collect(upTo: 16 << 20)
        } catch let error as NIOSSLError {
            throw .tls(url, reason: String(describing: error))
        } catch {
            throw .transport(url, reason: Self.describe(error))
        }
        let status = Int(response.status.code)
        if status == 401 { throw .unauthorized(url) }
        if (300..<400).contains(status), status != 304 {
            throw .redirected(url, location: response.headers.first(name: "Location").map(CalDAVTarget.redacted))
        }
        return Answer(status: status, etag: response.headers.first(name: "ETag"), body: Data(data.readableBytesView))
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .readTimeout, .deadlineExceeded: return "timeout"
            default: return String(describing: error)
            }
        }
        return String(describing: error)
    }
}
