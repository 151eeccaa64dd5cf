import Bilingual
import CivilTime
import PlanModel
import YAMLReading

/// A hard rule that an event with written dates breaks. The planner never moves such an event
/// (it may already have taken place): it reports the rule, at the line where the plan writes the
/// dates, and `check --strict` makes it an error.
public struct FixedEventWarning: Hashable, Sendable {
    /// The rule broken, named as it would be for an open event (`visite:holidays(namur)`).
    public var constraint: ConstraintInstance
    public var eventID: String
    public var planID: String
    public var title: LocalizedText
    public var dates: DateRange
    /// Where the plan writes the event's dates.
    public var location: SourceLocation

    init(constraint: ConstraintInstance, event: ScheduledEvent, location: SourceLocation) {
        self.constraint = constraint
        eventID = event.id
        planID = event.planID
        title = event.title
        dates = event.timing.days
        self.location = location
    }

    /// What is wrong, without the location.
    public var message: LocalizedText {
        let french =
            dates.first == dates.last
            ? "le \(FrenchDate.long(dates.first))"
            : "du \(FrenchDate.long(dates.first)) au \(FrenchDate.long(dates.last))"
        let english =
            dates.first == dates.last
            ? "on \(EnglishDate.long(dates.first))"
            : "from \(EnglishDate.long(dates.first)) to \(EnglishDate.long(dates.last))"
        return LocalizedText(
            fr:
                "« \(title.fr) » [\(eventID)], \(french) (date écrite dans le plan), enfreint \(constraint.name) : \(constraint.message.fr)",
            en: "'\(title.en)' [\(eventID)], \(english) (a date written in the plan), breaks \(constraint.name): \(constraint.message.en)")
    }

    /// What to do about it.
    public static let hint = LocalizedText(
        fr:
            "si la date est juste (l'événement a eu lieu), rien à faire : elle reste telle qu'écrite (notez « outcome: held » et cet avertissement disparaît) ; sinon corrigez-la, ou ajoutez « schedule: » pour que le planificateur la choisisse",
        en:
            "if the date is right (the event took place), nothing to do: it stays as written (record 'outcome: held' and this warning goes); otherwise correct it, or add 'schedule:' so that the planner chooses it"
    )

    /// The warning as the output lists it: `file:line:column: message`.
    public var text: LocalizedText {
        LocalizedText(fr: "\(location): \(message.fr)", en: "\(location): \(message.en)")
    }

    /// The same as an error, for `check --strict`.
    public var issue: SourceIssue { SourceIssue(location, message, hint: Self.hint) }
}
