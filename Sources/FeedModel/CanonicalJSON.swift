import Foundation

/// JSON files written for tools and people to read and compare: the same bytes for the same
/// value (pretty-printed, sorted keys, slashes as they are, a final newline).
public enum CanonicalJSON {
    public static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(value)) ?? Data()
        data.append(0x0A)
        return data
    }
}
