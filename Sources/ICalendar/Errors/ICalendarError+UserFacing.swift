import Bilingual

extension ICalendarError: UserFacingError {
    /// The message as libical's reading or the writer's checks give it (in English), after the
    /// label of the user's language.
    public func rendered(in language: Language) -> String {
        (language == .fr ? "erreur : " : "error: ") + description
    }

    /// A file that is not what it should be is the user's to fix (1); libical failing where it
    /// should not is a bug (3).
    public var exitCode: Int32 { kind == .libical ? 3 : 1 }
}
