extension String {
    /// Written with French typography (a space before the colon): as it is in French, with the
    /// space removed in English.
    package func frenchColon(_ language: Language) -> String {
        language == .fr ? self : replacingOccurrences(of: " : ", with: ": ")
    }
}
