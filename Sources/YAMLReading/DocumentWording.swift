import Bilingual

/// What the messages about a whole YAML file say the file is and how such a file starts: a plan
/// and a calendar data file are read by the same code but fixed differently.
package struct DocumentWording: Sendable {
    /// Hint for an empty file: how a file of this kind starts.
    package var empty: LocalizedText
    /// Message for a file whose top level is a list or a lone value.
    package var notMapping: LocalizedText
    /// Hint for that message.
    package var notMappingHint: LocalizedText
    /// Hint for lists and mappings nested too deep.
    package var tooDeep: LocalizedText
    /// Hint for a file whose aliases expand past the node budget.
    package var tooLarge: LocalizedText
    /// Hint for a second document (`---`) in the file.
    package var secondDocument: LocalizedText
    /// Hint for a character a text file may not hold.
    package var plainText: LocalizedText

    package init(
        empty: LocalizedText, notMapping: LocalizedText, notMappingHint: LocalizedText, tooDeep: LocalizedText,
        tooLarge: LocalizedText, secondDocument: LocalizedText, plainText: LocalizedText
    ) {
        self.empty = empty
        self.notMapping = notMapping
        self.notMappingHint = notMappingHint
        self.tooDeep = tooDeep
        self.tooLarge = tooLarge
        self.secondDocument = secondDocument
        self.plainText = plainText
    }
}
