import Foundation
import Testing

@testable import YAMLReading
@testable import PlanModel
@testable import PlanFormat
@testable import Mobility

@Suite("The mobility section of plans")
struct MobilityLoaderTests {
    typealias S = MobilitySamples

    func rendered(_ mobility: String) -> [String] {
        S.issues(S.plan(mobility: mobility)).map { $0.rendered(in: .en) }
    }

    @Test("A valid programme loads")
    func valid() throws {
        #expect(rendered(S.validProgramme) == [])
        let plan = try PlanLoader.load(data: Data(S.plan(mobility: S.validProgramme).utf8), file: "essai.yaml")
        #expect(plan.mobility.first?.directions.count == 2)
        #expect(plan.mobility.first?.directions[0].types == MobilityType.academic)
    }

    @Test("An impossible month-day, or 29 February, is refused where it is written")
    func badMonthDay() {
        let issues = rendered(S.validProgramme.replacingOccurrences(of: "--04-30", with: "--02-30"))
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("essai.yaml:28:37: error: '--02-30' is not a valid day of the year for 'nomination'") == true)
        #expect(issues.first?.contains("--MM-DD") == true)
        let leap = rendered(S.validProgramme.replacingOccurrences(of: "--04-30", with: "--02-29"))
        #expect(
            leap == [
                "essai.yaml:28:37: error: 'nomination' cannot be 29 February ('--02-29'): that day does not exist every year\n"
                    + "  fix: choose 28 February (02-28) or 1 March (03-01)"
            ])
    }

    @Test("Unknown keys, types and institutions get a did-you-mean")
    func didYouMean() {
        let typo = rendered(
            S.validProgramme.replacingOccurrences(of: "quotas: {student-semester: 2}", with: "quotas: {student-semestre: 2}"))
        #expect(typo == ["essai.yaml:33:18: error: unknown key 'student-semestre' in 'quotas'\n  fix: did you mean 'student-semester'?"])
        let key = rendered(S.validProgramme.replacingOccurrences(of: "agreement: entente", with: "agrement: entente"))
        #expect(key.first?.contains("unknown key 'agrement' in 'mobility'\n  fix: did you mean 'agreement'?") == true)
        let institution = rendered(S.validProgramme.replacingOccurrences(of: "to: uqtr", with: "to: uqrt"))
        #expect(institution == ["essai.yaml:32:13: error: 'uqrt' is not an institution of this programme\n  fix: did you mean 'uqtr'?"])
        let partner = rendered(S.validProgramme.replacingOccurrences(of: "- partner: uqtr", with: "- partner: uqam"))
        #expect(partner.first?.contains("unknown partner 'uqam'") == true)
    }

    @Test("Bad years, terms, levels and self-directions are refused")
    func otherMistakes() {
        #expect(
            rendered(S.validProgramme.replacingOccurrences(of: "year: 2025/2026", with: "year: 2025-26"))
                == ["essai.yaml:35:20: error: '2025-26' is not an academic year\n  fix: did you mean '2025/2026'?"])
        #expect(
            rendered(S.validProgramme.replacingOccurrences(of: "term: 1/3", with: "term: 4/3")).first?
                .contains("'4/3' is not a term written as number/count") == true)
        #expect(
            rendered(S.validProgramme.replacingOccurrences(of: "to: uqtr", with: "to: unamur")).first?
                .contains("the direction starts and ends at the same institution") == true)
        let language = S.validProgramme.replacingOccurrences(
            of: "quotas: {student-semester: 2}", with: "languages: [{language: fr, level: B3}]")
        #expect(rendered(language).first?.contains("'B3' is not a CEFR level") == true)
        let planned = S.validProgramme.replacingOccurrences(
            of: "        quotas: {student-semester: 2}\n", with: "        types: [staff-teaching]\n")
        #expect(
            rendered(planned).first?.contains("participants planned for 'student-semester', which this direction does not offer") == true)
    }

    @Test("A calendar the catalog lacks is reported at the plan's line")
    func unknownCalendar() throws {
        let text = S.plan(
            mobility: S.validProgramme.replacingOccurrences(of: "- partner: uqtr", with: "- partner: uqtr\n        calendar: uqam"))
        let plan = try PlanLoader.load(data: Data(text.utf8), file: "essai.yaml")
        #expect(throws: SourceError.self) { try MobilityScheduler.schedule([plan], catalog: S.catalog()) }
        do {
            _ = try MobilityScheduler.schedule([plan], catalog: S.catalog())
        } catch let error as SourceError {
            #expect(
                error.issues.map { $0.rendered(in: .en) }.first?.hasPrefix("essai.yaml:30:19: error: no academic calendar 'uqam'") == true)
        }
    }

    @Test("A plan without mobility has none, and schedules to nothing")
    func none() throws {
        let plan = try PlanLoader.load(file: S.calendars.appendingPathComponent("quebec-namur-2024-2026.yaml").path)
        #expect(plan.mobility.isEmpty)
        #expect(try MobilityScheduler.schedule([plan], calendarsDirectory: S.calendars).isEmpty)
    }
}
