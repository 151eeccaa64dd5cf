import Bilingual
import CivilTime
import FeedModel
import Foundation
import ICalendar
import PlaceCalendars
import Scheduling

/// One feed per jurisdiction: its holidays and blackouts as transparent all-day events, named in
/// French and English, for subscribers who want to see when a place is closed or away.
public struct JurisdictionFeedBuilder: Sendable {
    public var holidays: HolidayCatalog
    public var blackouts: BlackoutCatalog?
    public var years: ClosedRange<Int>

    public init(holidays: HolidayCatalog, blackouts: BlackoutCatalog?, years: ClosedRange<Int>) {
        self.holidays = holidays
        self.blackouts = blackouts
        self.years = years
    }

    public func feed(for jurisdiction: String) throws -> Feed {
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!
        let range = first...CivilDate(year: years.upperBound, month: 12, day: 31)!
        // No plan revision here: the stamp is the first day the feed covers, so the bytes only
        // change when the data does.
        let stamp = Instant(utc: CivilDateTime(date: first, time: .midnight))
        var events = try holidays.holidays(in: jurisdiction, overlapping: range).map { holiday in
            var notes: [LocalizedText] = []
            if holiday.employerChoice {
                notes.append(
                    LocalizedText(
                        fr: "Au choix de l'employeur : un seul des deux jours est chômé.",
                        en: "Employer's choice: only one of the two days is given."))
            }
            if holiday.estimated { notes.append(Self.estimatedLunarDate) }
            // An Islamic holiday's UID names its Hijri year, so that it stays when the date is confirmed.
            var holidayEvent = event(
                uid: "\(holiday.jurisdiction)/\(holiday.id)/\(holiday.occurrenceKey)", stamp: stamp,
                first: holiday.date, last: holiday.lastDate, name: holiday.name,
                category: Self.categoryName(holiday.category), notes: Self.joined(notes))
            if holiday.estimated { holidayEvent.status = .tentative }
            return holidayEvent
        }
        if let blackouts, blackouts.jurisdictions.contains(jurisdiction) {
            events += try blackouts.blackouts(in: jurisdiction, overlapping: range).map { blackout in
                var notes: [LocalizedText] = []
                if !blackout.pollingDays.isEmpty {
                    let fr = blackout.pollingDays.map(FrenchDate.long).joined(separator: ", ")
                    let en = blackout.pollingDays.map(EnglishDate.long).joined(separator: ", ")
                    notes.append(LocalizedText(fr: "Jour(s) de scrutin : \(fr).", en: "Polling day(s): \(en)."))
                }
                if blackout.estimated {
                    notes.append(LocalizedText(fr: "Dates estimées, à confirmer.", en: "Estimated dates, to be confirmed."))
                }
                return event(
                    uid: "\(blackout.jurisdiction)/\(blackout.id)/\(blackout.start)", stamp: stamp,
                    first: blackout.start, last: blackout.end, name: blackout.name,
                    category: Self.kindName(blackout.kind), notes: Self.joined(notes))
            }
        }
        events.sort { ($0.start.localDate, $0.summary) < ($1.start.localDate, $1.summary) }
        let name = holidays.name(of: jurisdiction) ?? LocalizedText(jurisdiction)
        let calendar = Calendar(
            productID: "-//Jumelage//Jumelage 1.0//FR",
            name: "\(Self.both(LocalizedText(fr: "Jours fériés et périodes à éviter", en: "Holidays and blackouts"))) — \(Self.both(name))",
            description: Self.both(
                LocalizedText(
                    fr:
                        "Jours fériés et périodes à éviter (\(jurisdiction)), \(years.lowerBound)-\(years.upperBound). Publié par Jumelage.",
                    en: "Holidays and blackout periods (\(jurisdiction)), \(years.lowerBound)-\(years.upperBound). Published by Jumelage.")),
            refreshIntervalSeconds: 7 * 86_400, method: "PUBLISH", events: events)
        return Feed(
            planID: nil, audience: .holidays(jurisdiction), fileName: FeedAudience.holidays(jurisdiction).fileName(plan: nil),
            text: try ICalendarWriter.serialize(calendar), eventCount: events.count)
    }

    private func event(
        uid: String, stamp: Instant, first: CivilDate, last: CivilDate, name: LocalizedText,
        category: LocalizedText, notes: LocalizedText?
    ) -> Event {
        var event = Event(
            uid: StableIdentifier.uuid(for: "jurisdiction/" + uid), stamp: stamp, lastModified: stamp,
            start: .date(first), end: .date(last.adding(days: 1)), summary: Self.both(name))
        event.description = [category, notes].compactMap { $0.map(Self.both) }.joined(separator: "\n")
        event.categories = [category.fr, category.en]
        event.transparency = .transparent
        event.classification = .public
        event.status = .confirmed
        return event
    }

    /// The note of a holiday whose date is a tabular estimate of an Islamic date.
    static let estimatedLunarDate = LocalizedText(
        fr: "Date estimée (calendrier lunaire) : fixée par l'observation de la lune, elle peut changer d'un jour.",
        en: "Estimated date (lunar calendar): fixed by the sighting of the moon, it may move by a day.")

    /// Notes one after the other, nil when there is none.
    static func joined(_ notes: [LocalizedText]) -> LocalizedText? {
        notes.isEmpty ? nil : LocalizedText(fr: notes.map(\.fr).joined(separator: " "), en: notes.map(\.en).joined(separator: " "))
    }

    /// "Fête nationale du Québec / Québec National Holiday", once when both are the same.
    static func both(_ text: LocalizedText) -> String {
        text.fr == text.en ? text.fr : "\(text.fr) / \(text.en)"
    }

    static func categoryName(_ category: HolidayCategory) -> LocalizedText {
        switch category {
        case .public: return LocalizedText(fr: "Jour férié", en: "Public holiday")
        case .community: return LocalizedText(fr: "Fête communautaire ou régionale", en: "Community or regional day")
        case .local: return LocalizedText(fr: "Fête locale", en: "Local festivity")
        }
    }

    static func kindName(_ kind: BlackoutKind) -> LocalizedText {
        switch kind {
        case .collectiveVacation: return LocalizedText(fr: "Vacances collectives", en: "Collective vacation")
        case .schoolHoliday: return LocalizedText(fr: "Congé scolaire", en: "School holiday")
        case .election: return LocalizedText(fr: "Élections", en: "Elections")
        case .other: return LocalizedText(fr: "Période à éviter", en: "Blackout period")
        }
    }
}
