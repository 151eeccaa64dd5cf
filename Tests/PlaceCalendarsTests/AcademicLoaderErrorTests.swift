import Foundation
import PlaceCalendars
import Testing

/// Broken academic calendar files give errors that say file:line:column and how to fix them.
struct AcademicLoaderErrorTests {
    /// A valid file; each test breaks one line of it. Line numbers are in the comments.
    private static let valid = """
    institution: xx
    name: {fr: X, en: X}
    country: BE
    timezone: Europe/Brussels
    years:
      - year: 2025/2026
        start: 2025-09-14
        end: 2026-09-13
        terms:
          - id: 1/2
            name: {fr: A, en: A}
            start: 2025-09-14
            end: 2026-01-31
            periods:
              - id: exams-january
                kind: exams
                name: {fr: E, en: E}
                start: 2026-01-05
                end: 2026-01-24
          - id: 2/2
            name: {fr: B, en: B}
            start: 2026-02-01
            end: 2026-09-13
        periods:
          - id: resit
            kind: resit
            term: 2/2
            name: {fr: R, en: R}
            start: 2026-08-17
            end: 2026-09-12

    """
    // Lines: 6 year, 10 id 1/2, 12-13 term dates, 15-19 exams-january, 20 id 2/2, 22-23 term dates,
    // 25 id resit, 26 kind, 27 term, 29-30 resit dates.

    /// The error of `valid` with `old` (one whole line, found exactly once) replaced by `new`.
    private func error(replacing old: String, with new: String, file: String = "xx.yaml") throws -> CalendarDataError {
        let lines = Self.valid.components(separatedBy: "\n")
        #expect(lines.filter { $0 == old }.count == 1, "`\(old)` is not one line of the fixture")
        let text = lines.map { $0 == old ? new : $0 }.joined(separator: "\n")
        return try error(text, file: file)
    }

    private func error(_ text: String, file: String = "xx.yaml") throws -> CalendarDataError {
        let folder = try Fixtures.folder([file: text])
        return try #require(#expect(throws: CalendarDataError.self) { try AcademicCatalog(directory: folder) })
    }

    private func expectAt(_ error: CalendarDataError, _ line: Int, _ column: Int, file: String = "xx.yaml",
                          sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error.file.hasSuffix("/\(file)"), sourceLocation: sourceLocation)
        #expect(error.line == line && error.column == column, "\(error)", sourceLocation: sourceLocation)
        #expect(error.description.contains("\(file):\(line):\(column): "), sourceLocation: sourceLocation)
    }

    @Test func theFixtureIsValid() throws {
        let catalog = try AcademicCatalog(directory: try Fixtures.folder(["xx.yaml": Self.valid, "README.md": "# not read"]))
        let year = try #require(catalog.calendar(of: "xx")?.year(named: "2025/2026"))
        #expect(year.terms.map(\.id) == ["1/2", "2/2"])
        #expect(year.periods.map(\.id) == ["exams-january", "resit"])
        #expect(year.periods.map(\.termID) == ["1/2", "2/2"])
        #expect(!year.terms[0].estimated)
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let error = try error(replacing: "        start: 2026-02-01", with: "        strat: 2026-02-01")
        expectAt(error, 22, 9)
        #expect(error.problem.contains("unknown key `strat`"))
        #expect(error.fix.contains("did you mean `start`?"))
    }

    @Test func termKeyIsOnlyForPeriodsBesideTheTerms() throws {
        let error = try error(replacing: "            kind: exams", with: "            kind: exams\n            term: 1/2")
        expectAt(error, 17, 13)
        #expect(error.problem.contains("unknown key `term`"))
    }

    @Test func impossibleDate() throws {
        let error = try error(replacing: "            start: 2026-01-05", with: "            start: 2026-02-30")
        expectAt(error, 18, 20)
        #expect(error.problem.contains("`2026-02-30` is not a valid date"))
        #expect(error.fix.contains("YYYY-MM-DD"))
    }

    @Test func endBeforeStart() throws {
        let error = try error(replacing: "            end: 2026-01-24", with: "            end: 2026-01-01")
        expectAt(error, 19, 18)
        #expect(error.problem.contains("ends on 2026-01-01, before it starts (2026-01-05)"))
        #expect(error.fix.contains("swap"))
    }

    @Test func periodOutsideItsTerm() throws {
        let error = try error(replacing: "            end: 2026-01-24", with: "            end: 2026-02-03")
        expectAt(error, 19, 18)
        #expect(error.problem.contains("after term 1/2 ends (2026-01-31)"))
    }

    @Test func periodOutsideItsYear() throws {
        let text = Self.valid.replacingOccurrences(of: "        term: 2/2\n", with: "")
            .replacingOccurrences(of: "        end: 2026-09-12", with: "        end: 2026-09-20")
        let error = try error(text)
        expectAt(error, 29, 14)
        #expect(error.problem.contains("after year 2025/2026 ends (2026-09-13)"))
    }

    @Test func periodBesideTheTermsNamesAnUnknownTerm() throws {
        let error = try error(replacing: "        term: 2/2", with: "        term: 3/2")
        expectAt(error, 27, 15)
        #expect(error.problem.contains("`3/2` is not a term of year 2025/2026"))
        #expect(error.fix.contains("1/2, 2/2"))
    }

    @Test func termOutsideItsYear() throws {
        let error = try error(replacing: "        end: 2026-09-13", with: "        end: 2026-09-30")
        expectAt(error, 23, 14)
        #expect(error.problem.contains("after year 2025/2026 ends (2026-09-13)"))
    }

    @Test func overlappingTerms() throws {
        let error = try error(replacing: "        start: 2026-02-01", with: "        start: 2026-01-20")
        expectAt(error, 22, 16)
        #expect(error.problem.contains("terms cannot overlap"))
        #expect(error.fix.contains("start term 2/2 after 2026-01-31"))
    }

    @Test func termsNumberedAgainstTheirDates() throws {
        let text = Self.valid.replacingOccurrences(of: "      - id: 1/2", with: "      - id: 2/X")
            .replacingOccurrences(of: "      - id: 2/2", with: "      - id: 1/2")
            .replacingOccurrences(of: "      - id: 2/X", with: "      - id: 2/2")
            .replacingOccurrences(of: "term: 2/2", with: "term: 1/2")
        let error = try error(text)
        expectAt(error, 20, 13)
        #expect(error.problem.contains("term `1/2` comes after term `2/2` in time"))
    }

    @Test func termCountsDisagree() throws {
        let error = try error(replacing: "      - id: 2/2", with: "      - id: 2/3")
        expectAt(error, 20, 13)
        #expect(error.problem.contains("counts 3 terms but `1/2` counts 2"))
    }

    @Test func badTermID() throws {
        let error = try error(replacing: "      - id: 1/2", with: "      - id: Q1")
        expectAt(error, 10, 13)
        #expect(error.fix.contains("`1/3` to `3/3`"))
        let impossible = try self.error(replacing: "      - id: 1/2", with: "      - id: 3/2")
        #expect(impossible.problem.contains("impossible"))
    }

    @Test func yearNameDoesNotMatchItsDates() throws {
        let error = try error(replacing: "  - year: 2025/2026", with: "  - year: 2024/2025")
        expectAt(error, 6, 11)
        #expect(error.problem.contains("starts on 2025-09-14, in 2025, not in 2024"))
        #expect(error.fix.contains("name it `2025/2026`"))
    }

    @Test func yearNameWrittenWithADash() throws {
        let error = try error(replacing: "  - year: 2025/2026", with: "  - year: 2025-2026")
        expectAt(error, 6, 11)
        #expect(error.fix.contains("did you mean `2025/2026`?"))
        let twoYears = try self.error(replacing: "  - year: 2025/2026", with: "  - year: 2025/2027")
        #expect(twoYears.problem.contains("two consecutive calendar years"))
    }

    @Test func unknownKindSuggestsTheRightOne() throws {
        let error = try error(replacing: "            kind: exams", with: "            kind: exam")
        expectAt(error, 16, 19)
        #expect(error.fix.contains("did you mean `exams`?"))
        #expect(error.fix.contains("teaching, study, exams, resit, break"))
    }

    @Test func badEstimatedValue() throws {
        let error = try error(replacing: "        end: 2026-01-31", with: "        end: 2026-01-31\n        estimated: maybe")
        expectAt(error, 14, 20)
        #expect(error.fix.contains("`start` or `end`"))
    }

    @Test func duplicatePeriodID() throws {
        let error = try error(replacing: "      - id: resit", with: "      - id: exams-january")
        expectAt(error, 25, 13)
        #expect(error.problem.contains("used twice in year 2025/2026 (first at line 15)"))
    }

    @Test func fileNameMustMatchInstitution() throws {
        let error = try error(Self.valid, file: "yy.yaml")
        expectAt(error, 1, 14, file: "yy.yaml")
        #expect(error.fix.contains("rename the file to xx.yaml"))
    }

    @Test func unknownTimeZone() throws {
        let error = try error(replacing: "timezone: Europe/Brussels", with: "timezone: Europe/Namur")
        expectAt(error, 4, 11)
        #expect(error.fix.contains("Europe/Brussels"))
    }

    @Test func yearsOverlap() throws {
        let second = Self.valid.components(separatedBy: "\n")[5...].joined(separator: "\n")
            .replacingOccurrences(of: "2025/2026", with: "2026/2027")
            .replacingOccurrences(of: "start: 2025-09-14", with: "start: 2026-09-01")
            .replacingOccurrences(of: "2026-", with: "2027-")
            .replacingOccurrences(of: "start: 2027-09-01", with: "start: 2026-09-01")
        let error = try error(Self.valid + second)
        expectAt(error, 31, 11)
        #expect(error.problem.contains("before 2025/2026 ends (2026-09-13)"))
    }

    @Test func yamlSyntaxError() throws {
        let error = try error(replacing: "        name: {fr: A, en: A}", with: "        name: {fr: A, en: A")
        #expect(error.problem.hasPrefix("YAML syntax error"))
        #expect(error.line != nil && error.column != nil)
        #expect(error.description.contains("xx.yaml:\(error.line!):\(error.column!): YAML syntax error"))
    }

    @Test func emptyFolder() throws {
        let error = try #require(#expect(throws: CalendarDataError.self) {
            try AcademicCatalog(directory: try Fixtures.folder(["README.md": "# only a readme"]))
        })
        #expect(error.line == nil && error.problem.contains("no .yaml file"))
    }
}
