import Bilingual
import Feeds
import Publishing
import Scheduling

extension PublicationInput {
    /// What `jumelage publish` publishes for a planning result: its plans and their feeds.
    public init(_ result: PlanningResult, language: Language? = nil) {
        self.init(
            plans: result.schedule.plans.map { .init(id: $0.id, revision: $0.revision.description, language: $0.language) },
            feeds: FeedBuilder(language: language).calendars(for: result.schedule))
    }
}
