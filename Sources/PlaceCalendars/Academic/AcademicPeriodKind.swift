/// What happens during an academic period.
public enum AcademicPeriodKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Classes are given.
    case teaching
    /// No classes; students revise for the coming session (the Belgian "blocus").
    case study
    /// An exam session or final-exam weeks.
    case exams
    /// The resit session (seconde session).
    case resit
    /// No classes and no exams: holidays, reading week, closure.
    case `break`
}
