import CivilTime
import ICalendar
import Testing

@Suite("RecurrenceExpander")
struct RecurrenceExpanderTests {
    let farFuture = Fixtures.instant("2100-01-01T00:00")

    func series(_ rule: String, start: EventTime = Fixtures.toronto("2024-03-01T10:00")) -> Event {
        var event = Fixtures.event(start: start, end: nil)
        event.recurrenceRule = rule
        return event
    }

    @Test func weeklySeriesKeepsItsLocalTimeAcrossDST() throws {
        let event = series("FREQ=WEEKLY;COUNT=6")
        let starts = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 100)
        #expect(
            starts
                == ["2024-03-01", "2024-03-08", "2024-03-15", "2024-03-22", "2024-03-29", "2024-04-05"]
                .map { Fixtures.toronto("\($0)T10:00") })
        let instants = starts.compactMap(RecurrenceExpander.instant(of:))
        #expect(instants[1] == Fixtures.instant("2024-03-08T15:00"))  // EST, UTC-5
        #expect(instants[2] == Fixtures.instant("2024-03-15T14:00"))  // EDT, UTC-4
    }

    @Test func weeklySeriesAcrossTheAutumnChange() throws {
        let event = series("FREQ=WEEKLY;UNTIL=20241115T150000Z", start: Fixtures.toronto("2024-10-25T10:00"))
        let starts = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 100)
        #expect(starts == ["2024-10-25", "2024-11-01", "2024-11-08", "2024-11-15"].map { Fixtures.toronto("\($0)T10:00") })
    }

    @Test func untilIsInclusiveAndComparedInUTC() throws {
        // 14:00Z is 10:00 EDT on 15 March: the last instance.
        let included = series("FREQ=WEEKLY;UNTIL=20240315T140000Z")
        #expect(try RecurrenceExpander.occurrences(of: included, through: farFuture, limit: 100).count == 3)
        let excluded = series("FREQ=WEEKLY;UNTIL=20240315T135959Z")
        #expect(try RecurrenceExpander.occurrences(of: excluded, through: farFuture, limit: 100).count == 2)
    }

    @Test func exceptionDatesRemoveInstancesAndRecurrenceDatesAddThem() throws {
        var event = series("FREQ=WEEKLY;COUNT=4")
        event.exceptionDates = [Fixtures.toronto("2024-03-15T10:00")]
        event.recurrenceDates = [Fixtures.toronto("2024-03-20T18:00"), .utc(Fixtures.dateTime("2024-04-01T12:00"))]
        let starts = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 100)
        #expect(
            starts == [
                Fixtures.toronto("2024-03-01T10:00"), Fixtures.toronto("2024-03-08T10:00"),
                Fixtures.toronto("2024-03-20T18:00"), Fixtures.toronto("2024-03-22T10:00"),
                Fixtures.toronto("2024-04-01T08:00"),
            ])
    }

    @Test func countLimitsTheSeries() throws {
        let event = series("FREQ=DAILY;COUNT=5")
        #expect(try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 100).count == 5)
    }

    @Test func anEndlessRuleStopsAtTheLimitOrTheBound() throws {
        let event = series("FREQ=DAILY")
        let capped = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 10)
        #expect(capped.count == 10)
        #expect(capped.last == Fixtures.toronto("2024-03-10T10:00"))
        let bounded = try RecurrenceExpander.occurrences(
            of: event, through: Fixtures.instant("2024-03-05T15:00"), limit: 1_000)
        #expect(bounded.count == 5)
        let secondly = series("FREQ=SECONDLY")
        #expect(try RecurrenceExpander.occurrences(of: secondly, through: farFuture, limit: 50).count == 50)
    }

    @Test func startsFromALowerBound() throws {
        let event = series("FREQ=WEEKLY")
        let starts = try RecurrenceExpander.occurrences(
            of: event, from: Fixtures.instant("2025-01-01T00:00"), through: farFuture, limit: 2)
        #expect(starts == [Fixtures.toronto("2025-01-03T10:00"), Fixtures.toronto("2025-01-10T10:00")])
    }

    @Test func aLowerBoundDoesNotEatIntoTheLimit() throws {
        let event = series("FREQ=HOURLY")
        let starts = try RecurrenceExpander.occurrences(
            of: event, from: Fixtures.instant("2024-03-05T15:00"), through: farFuture, limit: 3)
        #expect(starts == ["10:00", "11:00", "12:00"].map { Fixtures.toronto("2024-03-05T\($0)") })
    }

    @Test func allDayYearlySeriesStaysInDates() throws {
        let event = series("FREQ=YEARLY", start: .date(Fixtures.date("2024-07-21")))
        let starts = try RecurrenceExpander.occurrences(of: event, through: Fixtures.instant("2027-07-21T00:00"), limit: 10)
        #expect(starts == ["2024-07-21", "2025-07-21", "2026-07-21", "2027-07-21"].map { .date(Fixtures.date($0)) })
        let instants = starts.map { RecurrenceExpander.instant(of: $0) }
        #expect(instants == [nil, nil, nil, nil])
        let brussels = ZoneRules(identifier: "Europe/Brussels")!
        #expect(RecurrenceExpander.instant(of: starts[0], allDayDatesIn: brussels) == Fixtures.instant("2024-07-20T22:00"))
    }

    @Test func lastDayOfMonthWorksAroundLibicalDailyBug() throws {
        let event = series("FREQ=DAILY;BYMONTHDAY=-1;COUNT=3", start: .date(Fixtures.date("2024-01-31")))
        let starts = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 10)
        #expect(starts == ["2024-01-31", "2024-02-29", "2024-03-31"].map { .date(Fixtures.date($0)) })
    }

    @Test func aStartTheRuleSkipsStillCountsFirst() throws {
        let event = series("FREQ=WEEKLY;BYDAY=MO;COUNT=3", start: Fixtures.toronto("2024-01-03T10:00"))
        let starts = try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 10)
        #expect(starts == ["2024-01-03", "2024-01-08", "2024-01-15"].map { Fixtures.toronto("\($0)T10:00") })
    }

    @Test func anEventWithoutRuleHasOneOccurrence() throws {
        let event = Fixtures.event()
        #expect(try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 5) == [event.start])
        #expect(try RecurrenceExpander.occurrences(of: event, through: Fixtures.instant("2024-01-01T00:00"), limit: 5).isEmpty)
        #expect(try RecurrenceExpander.occurrences(of: event, through: farFuture, limit: 0).isEmpty)
    }

    @Test func refusesUnknownZonesAndBadRules() {
        let unknown = Fixtures.event(start: .zoned(Fixtures.dateTime("2024-03-01T10:00"), zone: "Mars/Olympus_Mons"))
        #expect(throws: ICalendarError.self) { try RecurrenceExpander.occurrences(of: unknown, through: farFuture, limit: 5) }
        for rule in ["FREQ=SOMETIMES", "FREQ=MONTHLY;BYMONTH=13", "FREQ=DAILY;COUNT=2;UNTIL=20250101T000000Z"] {
            #expect(throws: ICalendarError.self) {
                try RecurrenceExpander.occurrences(of: series(rule), through: farFuture, limit: 5)
            }
        }
    }

    /// libical loops inside a single iterator call on these (10 s to a minute): refused up front.
    @Test func refusesRulesLibicalWouldLoopOnForever() {
        for rule in [
            "FREQ=SECONDLY;BYMONTH=12", "FREQ=MINUTELY;BYMONTHDAY=31", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "FREQ=DAILY;BYWEEKNO=54",
        ] {
            #expect(throws: ICalendarError.self, "\(rule)") {
                try RecurrenceExpander.occurrences(of: series(rule), through: farFuture, limit: 5)
            }
        }
    }

    /// Rare dates are still dates: leap days, week 53, the last day of February.
    @Test func keepsRulesThatMatchRarely() throws {
        let rare = [
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29": "2028-02-29", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH": "2026-12-31",
            "FREQ=MONTHLY;BYMONTHDAY=-1;BYMONTH=2": "2025-02-28", "FREQ=MINUTELY;BYDAY=SU": "2024-03-03",
            "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;BYDAY=SU": "2034-01-01",
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO": "2044-02-29",
        ]
        for (rule, expected) in rare {
            let starts = try RecurrenceExpander.occurrences(of: series(rule), through: farFuture, limit: 2)
            #expect(starts.dropFirst().first?.localDate == CivilDate(iso: expected), "\(rule)")
        }
    }

    @Test func isSafeToCallFromManyTasks() async throws {
        let event = series("FREQ=WEEKLY;COUNT=20")
        let calendar = Fixtures.fullCalendar
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        return try RecurrenceExpander.occurrences(of: event, through: Fixtures.instant("2100-01-01T00:00"), limit: 100)
                            .count
                    }
                    return try ICalendarReader.parse(try ICalendarWriter.serialize(calendar)).events.count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.sorted() == Array(repeating: 5, count: 8) + Array(repeating: 20, count: 8))
    }
}
