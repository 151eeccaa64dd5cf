import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedServer

/// GET, HEAD, conditional requests and gzip on public feeds.
@Suite struct FeedResponseTests {
    let fixture = ServerFixture()

    @Test func getServesTheFeedWithItsValidators() async throws {
        let report = try fixture.publish()
        let entry = try #require(report.manifest.feeds.first { $0.name == ServerFixture.publicFeed })
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(response.headers[.eTag] == "\"\(entry.sha256)\"")
            #expect(response.headers[.lastModified] == "Sun, 10 Jan 2027 10:00:00 GMT")
            #expect(response.headers[.contentLength] == String(entry.bytes))
            #expect(response.headers[.vary] == "Accept-Encoding")
            #expect(response.headers[.contentEncoding] == nil)
            #expect(Data(buffer: response.body) == fixture.bytes(ServerFixture.publicFeed))
        }
    }

    @Test func ifNoneMatchGives304() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            let tag = try #require(first.headers[.eTag])
            for header in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                let response = try await client.execute(
                    uri: "/feeds/\(ServerFixture.publicFeed)", method: .get, headers: [.ifNoneMatch: header])
                #expect(response.status == .notModified, "If-None-Match: \(header)")
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == tag)
                #expect(response.headers[.lastModified] == first.headers[.lastModified])
            }
            let stale = try await client.execute(
                uri: "/feeds/\(ServerFixture.publicFeed)", method: .get, headers: [.ifNoneMatch: "\"stale\""])
            #expect(stale.status == .ok)
            // If-None-Match decides alone when present, even with a matching If-Modified-Since.
            let both = try await client.execute(
                uri: "/feeds/\(ServerFixture.publicFeed)", method: .get,
                headers: [.ifNoneMatch: "\"stale\"", .ifModifiedSince: first.headers[.lastModified]!])
            #expect(both.status == .ok)
        }
    }

    @Test func ifModifiedSinceGives304() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let uri = "/feeds/\(ServerFixture.publicFeed)"
            let same = try await client.execute(uri: uri, method: .get, headers: [.ifModifiedSince: "Sun, 10 Jan 2027 10:00:00 GMT"])
            #expect(same.status == .notModified)
            let later = try await client.execute(uri: uri, method: .get, headers: [.ifModifiedSince: "Mon, 11 Jan 2027 00:00:00 GMT"])
            #expect(later.status == .notModified)
            let earlier = try await client.execute(uri: uri, method: .get, headers: [.ifModifiedSince: "Sun, 10 Jan 2027 09:59:59 GMT"])
            #expect(earlier.status == .ok)
            let garbage = try await client.execute(uri: uri, method: .get, headers: [.ifModifiedSince: "yesterday"])
            #expect(garbage.status == .ok)
        }
    }

    @Test func headHasTheHeadersOfGetAndNoBody() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            for encoding in ["identity", "gzip"] {
                let get = try await client.execute(
                    uri: "/feeds/\(ServerFixture.publicFeed)", method: .get, headers: [.acceptEncoding: encoding])
                let head = try await client.execute(
                    uri: "/feeds/\(ServerFixture.publicFeed)", method: .head, headers: [.acceptEncoding: encoding])
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                #expect(head.stableHeaders == get.stableHeaders)
            }
        }
    }

    @Test func gzipWhenAsked() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let uri = "/feeds/\(ServerFixture.publicFeed)"
            let plain = try await client.execute(uri: uri, method: .get)
            let zipped = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "br;q=1.0, gzip;q=0.8, *;q=0.1"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.eTag] != plain.headers[.eTag])
            #expect(zipped.headers[.contentLength] == String(zipped.body.readableBytes))
            var body = zipped.body
            let unzipped = try body.decompress(with: .gzip())
            #expect(Data(buffer: unzipped) == fixture.bytes(ServerFixture.publicFeed))
            let refused = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil)
            // The gzip validator revalidates too.
            let revalidated = try await client.execute(
                uri: uri, method: .get,
                headers: [.acceptEncoding: "gzip", .ifNoneMatch: zipped.headers[.eTag]!])
            #expect(revalidated.status == .notModified)
        }
    }

    @Test func missingFeedsAre404() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            for uri in ["/feeds/nope.ics", "/feeds/\(ServerFixture.coordinatorsFeed)", "/nowhere", "/feeds/", "/publication.json"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(String(buffer: response.body) == NotFound.body)
            }
        }
    }

    /// Over a real socket: what NIO writes for 200, HEAD, 304 and gzip.
    @Test func liveServer() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        try await app.test(.live) { client in
            let uri = "/feeds/\(ServerFixture.publicFeed)"
            let get = try await client.execute(uri: uri, method: .get)
            #expect(get.status == .ok)
            #expect(Data(buffer: get.body) == fixture.bytes(ServerFixture.publicFeed))
            let head = try await client.execute(uri: uri, method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            let cached = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: get.headers[.eTag]!])
            #expect(cached.status == .notModified)
            #expect(cached.body.readableBytes == 0)
            let zipped = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip"])
            var body = zipped.body
            #expect(Data(buffer: try body.decompress(with: .gzip())) == fixture.bytes(ServerFixture.publicFeed))
            // The connection still works after a 304 and a HEAD.
            let again = try await client.execute(uri: uri, method: .get)
            #expect(again.status == .ok)
        }
    }

    /// Over a real socket: a header past the limits is refused before any route, and the server
    /// goes on answering.
    @Test func oversizedHeadersAreRefused() async throws {
        try fixture.publish()
        let app = try fixture.application(fixture.store())
        let uri = "/feeds/\(ServerFixture.publicFeed)"
        try await app.test(.live) { client in
            let long = String(repeating: "a", count: ServerLimits.maximumHeaderFieldBytes + 1)
            let refused = try await client.execute(uri: uri, method: .get, headers: [HTTPFields.Element.Name("X-Long")!: long])
            #expect(refused.status == .badRequest)
        }
        try await app.test(.live) { client in
            var many = HTTPFields()
            for index in 0...ServerLimits.maximumHeaderFields {
                many.append(HTTPFields.Element(name: HTTPFields.Element.Name("X-H\(index)")!, value: "v"))
            }
            let refused = try await client.execute(uri: uri, method: .get, headers: many)
            #expect(refused.status == .badRequest)
        }
        try await app.test(.live) { client in
            let fits = String(repeating: "a", count: ServerLimits.maximumHeaderFieldBytes - 64)
            let served = try await client.execute(uri: uri, method: .get, headers: [HTTPFields.Element.Name("X-Long")!: fits])
            #expect(served.status == .ok)
        }
    }
}
