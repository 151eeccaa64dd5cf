import Bilingual
import CivilTime
import PlanModel

/// The text form of `jumelage windows`: per programme and direction, a table of windows, then
/// the deadlines, then the balance.
public enum WindowsTable {
    public static func render(_ schedule: MobilitySchedule, language: Language? = nil) -> String {
        var lines: [String] = []
        for entry in schedule.programmes {
            let language = language ?? entry.plan.language
            let words = MobilityWords(plan: entry.plan, language: language)
            let fr = language == .fr
            let windowsOfProgramme = schedule.windows.filter { $0.programmeID == entry.programme.id }
            // Outside academia nothing is overlapped at home: no column for it.
            let academic = entry.programme.followsAcademicCalendars
            for direction in entry.programme.directions {
                let windows = windowsOfProgramme.filter { $0.fromID == direction.fromID && $0.toID == direction.toID }
                guard !windows.isEmpty else { continue }
                lines.append(
                    "\(entry.programme.title.text(in: language)) — \(words.partner(direction.fromID)) → \(words.partner(direction.toID))")
                if let ages = entry.programme.ages {
                    lines.append(
                        fr ? "Âge : \(ages.lowerBound) à \(ages.upperBound) ans" : "Ages: \(ages.lowerBound) to \(ages.upperBound)")
                }
                for requirement in direction.languages {
                    let types =
                        requirement.types == direction.types
                        ? ""
                        : " (" + requirement.types.map(\.rawValue).joined(separator: ", ") + ")"
                    lines.append((fr ? "Langue : " : "Language: ") + requirement.description.text(in: language) + types)
                }
                lines.append("")
                var header =
                    fr
                    ? ["Année", "Type", "Fenêtre", "Du", "Au", "Jours", "Chevauche (départ)", "Dates limites"]
                    : ["Year", "Type", "Window", "From", "To", "Days", "Overlaps (home)", "Deadlines"]
                if !academic { header.remove(at: 6) }
                let rows = windows.map { window -> [String] in
                    let days = window.fixed ? "\(window.dayCount)" : "\(window.stayDays.lowerBound)-\(window.stayDays.upperBound)"
                    let overlaps = window.homeOverlaps.map { "\($0.id) \(Self.short($0.from))–\(Self.short($0.to))" }
                    let deadlines = window.deadlines.map { "\(Self.kindCode($0.kind, fr)) \($0.date)\($0.estimated ? "*" : "")" }
                    return [
                        window.year, window.type.rawValue, window.name.text(in: language),
                        window.start.description + (window.estimated ? "*" : ""), window.end.description + (window.estimated ? "*" : ""),
                        days,
                    ] + (academic ? [overlaps.isEmpty ? "–" : overlaps.joined(separator: ", ")] : [])
                        + [deadlines.isEmpty ? "–" : deadlines.joined(separator: ", ")]
                }
                lines += TextTable.lines(headers: header, rows: rows)
                let notes = Array(Set(windows.flatMap { $0.notes.map { $0.text(in: language) } })).sorted()
                if !notes.isEmpty {
                    lines.append("")
                    lines += notes.map { "  - \($0)" }
                }
                lines.append("")
            }
            let balances = schedule.balances.filter { $0.programmeID == entry.programme.id }
            if !balances.isEmpty {
                lines.append(
                    fr
                        ? "Équilibre des mobilités — \(entry.programme.title.text(in: language))"
                        : "Mobility balance — \(entry.programme.title.text(in: language))")
                // Between universities the table shows the students among the planned; a programme
                // outside academia, or one that asks for balance, the people the balance counts.
                let people = !academic || entry.programme.balance != nil
                let header =
                    fr
                    ? ["Année", "Direction", "Prévus", "Quota", people ? "Personnes comptées" : "Étudiants", "Écart", "Équilibre"]
                    : ["Year", "Direction", "Planned", "Quota", people ? "People counted" : "Students", "Gap", "Balanced"]
                var rows: [[String]] = []
                for balance in balances {
                    for (index, row) in balance.rows.enumerated() {
                        var planned = "\(row.planned)"
                        if !row.overQuota.isEmpty { planned += fr ? " (dépasse : " : " (over: " }
                        if !row.overQuota.isEmpty { planned += row.overQuota.map(\.rawValue).joined(separator: ", ") + ")" }
                        if !row.hasPlan { planned += fr ? " (rien de prévu)" : " (nothing planned)" }
                        rows.append([
                            index == 0 ? balance.year : "", "\(words.partner(row.fromID)) → \(words.partner(row.toID))",
                            planned, "\(row.quota)", "\(people ? row.people : row.students)",
                            index == 0 ? "\(balance.imbalance)" : "",
                            index == 0 ? (balance.balanced ? (fr ? "oui" : "yes") : (fr ? "non" : "no")) : "",
                        ])
                    }
                }
                lines += TextTable.lines(headers: header, rows: rows)
                if let rule = entry.programme.balance, !rule.types.isEmpty {
                    let types = rule.types.map(\.rawValue).joined(separator: ", ")
                    lines.append(fr ? "Personnes comptées : séjours \(types)." : "People counted: \(types) stays.")
                }
                lines.append("")
            }
            if windowsOfProgramme.contains(where: \.estimated)
                || windowsOfProgramme.contains(where: { $0.deadlines.contains(where: \.estimated) })
            {
                lines.append(
                    academic
                        ? (fr
                            ? "* date estimée : à confirmer auprès des bureaux internationaux"
                            : "* estimated date: to be confirmed with the international offices")
                        : (fr
                            ? "* date de travail : à confirmer auprès des organismes du programme"
                            : "* working date: to be confirmed with the programme's offices"))
                lines.append(
                    fr
                        ? "nom. = nomination, cand. = candidature, permis = demander visas et permis au plus tard"
                        : "nom. = nomination, appl. = application, permits = apply for visas and permits by")
                lines.append("")
            }
        }
        let warningLanguage = language ?? schedule.programmes.first?.plan.language ?? .fr
        for warning in schedule.warnings {
            lines.append((warningLanguage == .fr ? "avertissement : " : "warning: ") + warning.text(in: warningLanguage))
        }
        if schedule.programmes.isEmpty {
            lines.append(
                (language ?? .fr) == .fr
                    ? "Aucun programme de mobilité (section « mobility: » des plans)."
                    : "No mobility programme (the plans' 'mobility:' section).")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func kindCode(_ kind: MobilityDeadline.Kind, _ fr: Bool) -> String {
        switch kind {
        case .nomination: return "nom."
        case .application: return fr ? "cand." : "appl."
        case .permits: return fr ? "permis" : "permits"
        }
    }

    /// `MM-DD`.
    static func short(_ date: CivilDate) -> String { String(date.description.dropFirst(5)) }
}
