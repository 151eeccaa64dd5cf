/// The shape of a feed name in a URL or a manifest: lowercase ASCII letters, digits, `-`, `_`,
/// `.` (never two in a row), ending in `.ics`. Nothing with `/`, `%`, a NUL or `..` is a feed:
/// names are looked up in memory, never joined to a path, and this check is a second fence.
public enum FeedName {
    public static func isValid(_ name: some StringProtocol) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count > 4, bytes.count <= 200, name.hasSuffix(".ics"), bytes[0] != 0x2E else { return false }
        var previousDot = false
        for byte in bytes {
            let dot = byte == 0x2E
            let allowed =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || dot
            if !allowed || (dot && previousDot) { return false }
            previousDot = dot
        }
        return true
    }
}
