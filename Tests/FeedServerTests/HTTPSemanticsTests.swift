import Hummingbird
import Testing

@testable import FeedServer

@Suite struct HTTPSemanticsTests {
    @Test func httpDates() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse("06 Nov 1994") == nil)
        for seconds: Int64 in [0, 1_700_000_000, 1_800_000_001] {
            #expect(HTTPDate.parse(HTTPDate.format(seconds)) == seconds)
        }
    }

    @Test func acceptEncoding() {
        #expect(ContentCoding.acceptsGzip([.acceptEncoding: "gzip, deflate, br"]))
        #expect(ContentCoding.acceptsGzip([.acceptEncoding: "*"]))
        #expect(!ContentCoding.acceptsGzip([.acceptEncoding: "gzip;q=0"]))
        #expect(!ContentCoding.acceptsGzip([.acceptEncoding: "br, *;q=0"]))
        #expect(!ContentCoding.acceptsGzip([:]))
        #expect(ContentCoding.acceptsGzip([.acceptEncoding: "GZIP;Q=0.5"]))
    }
}
