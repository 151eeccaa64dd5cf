extension String {
    /// Without leading and trailing white space (the standard library has no `trimmed`).
    var trimmingSpaces: String {
        var trimmed = Substring(self)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return String(trimmed)
    }
}
