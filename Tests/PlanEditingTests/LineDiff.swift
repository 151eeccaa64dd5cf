/// The lines a change removed (old indices) and added (new indices), by longest common subsequence.
struct LineDiff {
    var removed: [Int] = []
    var added: [Int] = []

    init(_ old: [String], _ new: [String]) {
        let n = old.count
        let m = new.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                i += 1
                j += 1
            } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
    }

    /// Whether every removed line is in `old` and every added one in `new`.
    func lies(within old: ClosedRange<Int>?, _ new: ClosedRange<Int>?) -> Bool {
        removed.allSatisfy { old?.contains($0) ?? false } && added.allSatisfy { new?.contains($0) ?? false }
    }
}

/// The lines of a text split on "\n" (a "\r" stays with its line).
func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
