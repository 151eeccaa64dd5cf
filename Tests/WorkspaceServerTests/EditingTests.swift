import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// Form edits change only the lines of what they edit; two saves from one revision never
/// overwrite each other; the history records and reverts.
@Suite struct EditingTests {
    static let plan = "quebec-namur-2024-2026"
    static let file = "quebec-namur-2024-2026.yaml"

    /// The event form's fields as the page fills them (what a browser would send), with some replaced.
    static func formFields(from page: String, changing changes: [String: [String]]) -> [(String, String)] {
        guard let start = page.range(of: "class=\"event-form\""),
            let end = page.range(of: "</form>", range: start.upperBound..<page.endIndex)
        else {
            return []
        }
        let form = String(page[start.upperBound..<end.lowerBound])
        func attribute(_ name: String, in tag: String) -> String? {
            guard let range = tag.range(of: " \(name)=\"") else { return nil }
            return String(tag[range.upperBound...].prefix { $0 != "\"" })
        }
        func unescape(_ text: String) -> String {
            text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
                of: "&quot;", with: "\""
            )
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
        var fields: [(String, String)] = []
        for piece in form.components(separatedBy: "<").dropFirst() {
            let tag = String(piece.prefix { $0 != ">" })
            if tag.hasPrefix("input "), let name = attribute("name", in: tag), name != "csrf", changes[name] == nil {
                if attribute("type", in: tag) == "checkbox" {
                    if tag.contains(" checked"), let value = attribute("value", in: tag) { fields.append((name, unescape(value))) }
                } else {
                    fields.append((name, unescape(attribute("value", in: tag) ?? "")))
                }
            }
        }
        for select in form.components(separatedBy: "<select ").dropFirst() {
            guard let name = attribute("name", in: " " + select), changes[name] == nil else { continue }
            let body = select.components(separatedBy: "</select>")[0]
            for option in body.components(separatedBy: "<option").dropFirst()
            where option.hasPrefix(" value=") || option.contains(" selected") {
                let tag = String(option.prefix { $0 != ">" })
                if tag.contains(" selected") { fields.append((name, unescape(attribute("value", in: tag) ?? ""))) }
            }
        }
        for (name, values) in changes { for value in values { fields.append((name, value)) } }
        return fields
    }

    @Test func aFormEditChangesOnlyTheLinesOfWhatItEdits() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let before = try fixture.text(of: Self.file)
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let fields = Self.formFields(from: page.body.text, changing: ["title.en": ["Protocol steering committee"]])
            let saved = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .post, headers: session.formHeaders(),
                body: session.form(fields))
            #expect(saved.status == .seeOther, "\(saved.body.text.prefix(3000))")
        }
        let after = try fixture.text(of: Self.file)
        let changed = LineDiff.lines(before: before, after: after).filter { if case .same = $0 { return false } else { return true } }
        #expect(changed == [.removed("      en: Protocol follow-up committee"), .added("      en: Protocol steering committee")])
        let history = try await fixture.services.store.history(planID: Self.plan, eventID: "comite-suivi", limit: 5)
        #expect(history.count == 1)
        #expect(history.first?.author == "admin")
        #expect(history.first?.before == before && history.first?.after == after)
    }

    @Test func theSecondOfTwoSavesFromOneRevisionGetsTheConflictView() async throws {
        let fixture = try await WorkspaceFixture()
        let first = try await fixture.account("first")
        let second = try await fixture.account("second")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/espace/plans/\(Self.plan)/yaml", method: .get, headers: first.headers)
            let revision = try #require(hiddenValue("revision", in: page.body.text))
            let text = try fixture.text(of: Self.file)
            let mine = text.replacingOccurrences(of: "Ville de Namur\n", with: "Ville de Namur (Belgique)\n")
            let theirs = text.replacingOccurrences(of: "Ville de Québec\n", with: "Ville de Québec (Canada)\n")
            let one = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/yaml", method: .post, headers: first.formHeaders(),
                body: first.form([("revision", revision), ("text", theirs)]))
            #expect(one.status == .seeOther)
            let two = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/yaml", method: .post, headers: second.formHeaders(),
                body: second.form([("revision", revision), ("text", mine)]))
            #expect(two.status == .conflict)
            #expect(two.body.text.contains("id=\"version-enregistree\"") && two.body.text.contains("id=\"votre-version\""))
            #expect(two.body.text.contains("Ville de Namur (Belgique)"))
            #expect(try fixture.text(of: Self.file) == theirs)
        }
    }

    @Test func anInvalidSaveWritesNothingAndShowsTheLoadersMessage() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let before = try fixture.text(of: Self.file)
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: session.headers)
            let revision = try #require(hiddenValue("revision", in: page.body.text))
            let fields =
                Self.formFields(from: page.body.text, changing: ["travellers": ["personne-inconnue"]])
                .filter { $0.0 != "revision" } + [("revision", revision)]
            let response = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .post, headers: session.formHeaders(),
                body: session.form(fields))
            #expect(response.status == .unprocessableContent)
            #expect(response.body.text.contains("personne-inconnue"))
        }
        #expect(try fixture.text(of: Self.file) == before)
    }

    @Test func aTitleWithMarkupStaysText() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: session.headers)
            let fields = Self.formFields(from: page.body.text, changing: ["title.fr": ["<script>alert(1)</script> & \"q\""]])
            let saved = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .post, headers: session.formHeaders(),
                body: session.form(fields))
            #expect(saved.status == .seeOther)
            for path in [
                "/espace/plans/\(Self.plan)", "/espace/plans/\(Self.plan)/evenements/comite-suivi", "/espace/calendrier?mois=2024-06",
            ] {
                let shown = try await client.execute(uri: path, method: .get, headers: session.headers)
                #expect(!shown.body.text.contains("<script>alert"), "\(path)")
                #expect(shown.body.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), "\(path)")
            }
            let change = try #require(try await fixture.services.store.history(planID: Self.plan, eventID: nil, limit: 1).first?.id)
            let diff = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/historique/\(change)", method: .get, headers: session.headers)
            #expect(!diff.body.text.contains("<script>alert"))
            #expect(diff.body.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func aRevertPutsBackTheTextAsANewChange() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let original = try fixture.text(of: Self.file)
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/espace/plans/\(Self.plan)/yaml", method: .get, headers: session.headers)
            let revision = try #require(hiddenValue("revision", in: page.body.text))
            let edited = original.replacingOccurrences(of: "Ville de Namur\n", with: "Namur\n")
            _ = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/yaml", method: .post, headers: session.formHeaders(),
                body: session.form([("revision", revision), ("text", edited)]))
            let change = try #require(try await fixture.services.store.history(planID: Self.plan, eventID: nil, limit: 1).first?.id)
            let reverted = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/historique/\(change)/annuler", method: .post, headers: session.formHeaders(),
                body: session.form([]))
            #expect(reverted.status == .seeOther)
        }
        #expect(try fixture.text(of: Self.file) == original)
        let history = try await fixture.services.store.history(planID: Self.plan, eventID: nil, limit: 5)
        #expect(history.count == 2)
        #expect(history.first?.summary.hasPrefix("Retour avant") == true)
    }
}

/// A committee made impossible, its conflict shown with repairs, and a repair applied.
@Suite struct RepairTests {
    @Test func aRepairButtonClearsTheConflict() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let app = try fixture.application()
        let plan = EditingTests.plan
        try await app.test(.router) { client in
            let impossible = """
                id: comite-impossible
                kind: committee
                title: {fr: Comité impossible, en: Impossible committee}
                start: 2026-12-14T10:00
                duration: 2h
                host: quebec
                provisional: true
                schedule:
                  window: {from: 2026-12-14, to: 2026-12-16}
                  weekdays: [sat, sun]

                """
            let revision = try #require(fixture.services.workspace.snapshot.plan(id: plan)?.document.revision)
            let elements = try await client.execute(uri: "/espace/plans/\(plan)/elements", method: .get, headers: admin.headers)
            #expect(elements.status == .ok)
            // Added as the YAML text view would: the item appended to `events:`.
            let text = try fixture.text(of: "quebec-namur-2024-2026.yaml")
            let item = impossible.split(separator: "\n").map { line in line.hasPrefix("id:") ? "  - \(line)" : "    \(line)" }.joined(
                separator: "\n")
            let saved = try await client.execute(
                uri: "/espace/plans/\(plan)/yaml", method: .post, headers: admin.formHeaders(),
                body: admin.form([
                    ("revision", revision), ("text", text.replacingOccurrences(of: "\nevents:\n", with: "\nevents:\n" + item + "\n\n")),
                ]))
            #expect(saved.status == .seeOther, "\(saved.body.text.suffix(2000))")
            let conflicted = try await client.execute(uri: "/espace/plans/\(plan)", method: .get, headers: admin.headers)
            #expect(conflicted.body.text.contains("id=\"conflit\""))
            let event = try #require(hiddenValue("event", in: conflicted.body.text))
            let date = try #require(hiddenValue("date", in: conflicted.body.text))
            let constraint = hiddenValue("constraint", in: conflicted.body.text) ?? ""
            let repaired = try await client.execute(
                uri: "/espace/plans/\(plan)/reparer", method: .post, headers: admin.formHeaders(),
                body: admin.form([("event", event), ("date", date), ("constraint", constraint)]))
            #expect(repaired.status == .seeOther, "\(repaired.body.text.suffix(2000))")
            let after = try await client.execute(uri: "/espace/plans/\(plan)", method: .get, headers: admin.headers)
            #expect(!after.body.text.contains("id=\"conflit\""))
        }
        #expect(fixture.services.workspace.snapshot.result?.status != .infeasible)
        let history = try await fixture.services.store.history(planID: plan, eventID: "comite-impossible", limit: 1)
        #expect(history.first?.summary.contains("réparation") == true)
    }
}

/// The scheduling rules of the form: a change to one rule rewrites only that rule's line.
@Suite struct RuleFormTests {
    @Test func aPreferredMonthAddedChangesOnlyThePreferenceLine() async throws {
        let fixture = try await WorkspaceFixture()
        let session = try await fixture.account("admin")
        let before = try fixture.text(of: EditingTests.file)
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(EditingTests.plan)/evenements/comite-suivi", method: .get, headers: session.headers)
            #expect(page.body.text.contains("name=\"prefer.months\" value=\"6\" checked"))
            let fields = EditingTests.formFields(from: page.body.text, changing: ["prefer.months": ["6", "7"]])
            let saved = try await client.execute(
                uri: "/espace/plans/\(EditingTests.plan)/evenements/comite-suivi", method: .post, headers: session.formHeaders(),
                body: session.form(fields))
            #expect(saved.status == .seeOther, "\(saved.body.text.suffix(2000))")
        }
        let after = try fixture.text(of: EditingTests.file)
        let changed = LineDiff.lines(before: before, after: after).filter { if case .same = $0 { return false } else { return true } }
        #expect(changed == [.removed("      prefer: {months: [6]}"), .added("      prefer: {months: [6, 7]}")])
    }
}
