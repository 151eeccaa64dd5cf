import Foundation
import Hummingbird

/// Accept-Encoding (RFC 9110 §12.5.3): whether the client takes gzip, q-values honoured.
enum ContentCoding {
    static func acceptsGzip(_ headers: HTTPFields) -> Bool {
        var gzip: Double?
        var any: Double?
        for field in headers where field.name == .acceptEncoding {
            let value = field.value
            for item in value.split(separator: ",") {
                let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let coding = parts.first, !coding.isEmpty else { continue }
                var quality = 1.0
                for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                    quality = Double(parameter.dropFirst(2)) ?? 0
                }
                switch coding {
                case "gzip", "x-gzip": gzip = max(gzip ?? 0, quality)
                case "*": any = quality
                default: break
                }
            }
        }
        return (gzip ?? any ?? 0) > 0
    }
}
