extension String {
    /// Without its final full stop, so that a sentence built around it ends with one: « raison. » → « raison ».
    package var trimmedPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
