extension String {
    /// The folder part of a path as written: `a/b/c.ics` → `a/b`, `c.ics` → `` (the current
    /// folder), `/c.ics` → `/`. Done on the text because swift-corelibs-foundation 6.3's
    /// `NSString.deletingLastPathComponent` traps on a name without a slash.
    package var parentPath: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var parent = path[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
        return String(parent)
    }
}
