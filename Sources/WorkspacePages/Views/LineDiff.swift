import WorkspaceCore
/// Before → after of a text, line by line (longest common subsequence), with unchanged runs
/// folded to three lines of context.
package enum LineDiff {
    package enum Line: Equatable { case same(String), removed(String), added(String) }

    package static func lines(before: String, after: String) -> [Line] {
        let a = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Common prefix and suffix first: edits are small, files are long.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out = a[..<prefix].map(Line.same)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                out.append(.same(x[i]))
                i += 1
                j += 1
            } else if j < y.count, i == x.count || table[i][j + 1] > table[i + 1][j] {
                out.append(.added(y[j]))
                j += 1
            } else {
                out.append(.removed(x[i]))
                i += 1
            }
        }
        out += a[(a.count - suffix)...].map(Line.same)
        return out
    }

    package static func render(before: String, after: String) -> HTML {
        let all = lines(before: before, after: after)
        let changed = all.indices.filter { if case .same = all[$0] { return false } else { return true } }
        var shown: [HTML] = []
        var last = -1
        for index in all.indices where changed.contains(where: { abs($0 - index) <= 3 }) {
            if last >= 0, index > last + 1 { shown.append("<span class=\"fold\">…</span>\n") }
            switch all[index] {
            case .same(let text): shown.append("<span>  \(text)</span>\n")
            case .removed(let text): shown.append("<del>- \(text)</del>\n")
            case .added(let text): shown.append("<ins>+ \(text)</ins>\n")
            }
            last = index
        }
        return "<pre class=\"diff\">\(shown)</pre>"
    }
}
