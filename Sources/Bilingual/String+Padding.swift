extension String {
    /// The text with zeros in front up to `width` characters: `7` → `07`.
    package func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
