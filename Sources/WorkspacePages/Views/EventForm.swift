import Bilingual
import PlanEditing
import PlanModel
import WorkspaceCore
import Yams

/// The event form: which keys of an event it shows, how a key's current YAML fills its fields,
/// and how the fields sent back become YAML values. A form save changes only the keys whose value
/// changed (`PlanEdit.setItemKey`), so the rest of the event, comments included, stays as written.
package struct EventForm: Sendable {
    /// The plan's people, partners, domains and ties, for the choices.
    package var plan: Plan
    package var language: Language

    package init(plan: Plan, language: Language) {
        self.plan = plan
        self.language = language
    }

    package static let kinds = ["meeting", "mission", "committee", "celebration", "deadline", "event"]
    package static let modes = ["in-person", "virtual", "hybrid"]
    package static let audiences = ["public", "partners", "coordinators"]
    package static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The keys the form writes; any other key of the event is left as it is.
    package static let ownedKeys = [
        "kind", "title", "description", "date", "dates", "start", "duration", "timezone", "mode", "host", "hosts", "participants",
        "origin", "destination", "travellers", "delegation", "travelDays", "place", "domains", "agreement", "audiences",
        "confidential", "provisional", "schedule",
    ]

    /// The YAML value of each key the form owns, from the fields sent. nil: the key is removed.
    /// `current` is the event as written (nil for a new one): its `schedule:` keys the form does
    /// not show are kept.
    package func values(from form: FormData, current: Node?) -> [(key: String, value: String?)] {
        var values: [(String, String?)] = []
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : "[" + items.map(YAMLScalar.quoted).joined(separator: ", ") + "]" }
        func scalar(_ name: String) -> String? { form[name].map(YAMLScalar.quoted) }
        func bilingual(_ name: String) -> String? {
            let fr = form["\(name).fr"], en = form["\(name).en"]
            switch (fr, en) {
            case (nil, nil): return nil
            case (let fr?, nil): return YAMLScalar.quoted(fr)
            case (nil, let en?): return YAMLScalar.quoted(en)
            case (let fr?, let en?): return "{fr: \(YAMLScalar.quoted(fr)), en: \(YAMLScalar.quoted(en))}"
            }
        }
        values.append(("kind", scalar("kind")))
        values.append(("title", bilingual("title")))
        values.append(("description", bilingual("description")))
        let hadKey = { (key: String) in current?.mapping?[key] != nil }
        if form["timing"] == "start" {
            let start = [form["start.date"], form["start.time"]].compactMap { $0 }.joined(separator: "T")
            values += [("date", nil), ("dates", nil), ("start", start.isEmpty ? nil : start)]
            values += [("duration", scalar("duration")), ("timezone", scalar("timezone"))]
        } else {
            let from = form["dates.from"], to = form["dates.to"]
            if let from, let to, to != from || hadKey("dates") {
                values += [("date", nil), ("dates", "{from: \(from), to: \(to)}")]
            } else {
                values += [("date", (from ?? to).map(YAMLScalar.quoted)), ("dates", nil)]
            }
            values += [("start", nil), ("duration", nil), ("timezone", nil)]
        }
        values.append(("mode", scalar("mode")))
        let hosts = form.all("hosts")
        if hosts.count == 1, !hadKey("hosts") {
            values += [("host", YAMLScalar.quoted(hosts[0])), ("hosts", nil)]
        } else {
            values += [("host", nil), ("hosts", list(hosts))]
        }
        values.append(("participants", list(form.all("participants"))))
        values.append(("origin", scalar("origin")))
        values.append(("destination", scalar("destination")))
        values.append(("travellers", list(form.all("travellers"))))
        values.append(("delegation", form["delegation"]))
        values.append(("travelDays", form["travelDays"]))
        values.append(("place", scalar("place")))
        values.append(("domains", list(form.all("domains"))))
        values.append(("agreement", scalar("agreement")))
        values.append(("audiences", list(form.all("audiences"))))
        values.append(("confidential", form.has("confidential") ? "true" : nil))
        values.append(("provisional", form.has("provisional") ? "true" : nil))
        values.append(("schedule", schedule(from: form, current: current?.mapping?["schedule"])))
        return values
    }

    /// `schedule:` from the form's rules (window, weekdays, holidays, after, alongside, spacing,
    /// preferred months), and every other rule as written. A rule the form cannot show as it is
    /// written (several `after:` links, an `alongside:` festivity) is kept as written.
    func schedule(from form: FormData, current: Node?) -> String? {
        let written = current?.mapping
        var parts: [String] = []
        var owned: Set<String> = ["window", "weekdays", "holidays", "spacing"]
        if let from = form["window.from"], let to = form["window.to"] { parts.append("window: {from: \(from), to: \(to)}") }
        let days = form.all("weekdays")
        if !days.isEmpty { parts.append("weekdays: [\(days.joined(separator: ", "))]") }
        if let scope = form["schedule.holidays"] { parts.append("holidays: \(YAMLScalar.quoted(scope))") }
        if Self.showsAfter(written?["after"]) {
            owned.insert("after")
            if let event = form["after.event"] {
                parts.append("after: {event: \(YAMLScalar.quoted(event))\(form["after.lag"].map { ", lag: \($0)" } ?? "")}")
            }
        }
        if Self.showsAlongside(written?["alongside"]) {
            owned.insert("alongside")
            if let event = form["alongside.event"] {
                parts.append("alongside: {event: \(YAMLScalar.quoted(event))\(form["alongside.within"].map { ", within: \($0)" } ?? "")}")
            }
        }
        if form["spacing.min"] != nil || form["spacing.max"] != nil {
            let bounds = [form["spacing.min"].map { "min: \($0)" }, form["spacing.max"].map { "max: \($0)" }].compactMap { $0 }
            parts.append("spacing: {\(bounds.joined(separator: ", "))}")
        }
        // Preferred months, with the other preferences as written.
        owned.insert("prefer")
        var prefer: [String] = []
        let months = form.all("prefer.months")
        if !months.isEmpty { prefer.append("months: [\(months.joined(separator: ", "))]") }
        for (key, value) in written?["prefer"]?.mapping ?? [:] where key.string != "months" {
            prefer.append("\(YAMLFlow.text(key)): \(YAMLFlow.text(value))")
        }
        if !prefer.isEmpty { parts.append("prefer: {\(prefer.joined(separator: ", "))}") }
        for (key, value) in written ?? [:] {
            guard let name = key.string, !owned.contains(name) else { continue }
            parts.append("\(name): \(YAMLFlow.text(value))")
        }
        return parts.isEmpty ? nil : "{" + parts.joined(separator: ", ") + "}"
    }

    /// One `after:` link (or none): the form shows it.
    static func showsAfter(_ node: Node?) -> Bool {
        guard let node else { return true }
        if let list = node.sequence { return list.count <= 1 }
        return node.mapping != nil
    }

    /// An `alongside:` an event (or none): the form shows it; a festivity stays as written.
    static func showsAlongside(_ node: Node?) -> Bool {
        guard let node else { return true }
        return node.mapping?["holiday"] == nil
    }
}

/// A YAML node written back in flow style, for values the form carries without showing them.
package enum YAMLFlow {
    package static func text(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            // A plain scalar stays plain (a date, a number, an id): it reads back the same.
            return scalar.style == .plain && isPlainInFlow(scalar.string) ? scalar.string : YAMLScalar.quoted(scalar.string)
        case .sequence(let sequence): return "[" + sequence.map(text).joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{" + mapping.map { "\(text($0.key)): \(text($0.value))" }.joined(separator: ", ") + "}"
        case .alias: return "null"
        }
    }

    /// Text that a flow collection reads back as the same plain scalar.
    static func isPlainInFlow(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first != " ", last != " " else { return false }
        let special: Set<Character> = [",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\n"]
        if text.contains(where: { special.contains($0) }) || text.contains(": ") || text.hasSuffix(":") { return false }
        return !["-", "?", ":"].contains(first) || text.count > 1 && text.dropFirst().first != " "
    }

    /// The value of a node as data (scalars as their text), for comparing a key's old and new value.
    package static func canonical(_ node: Node?) -> String {
        guard let node else { return "~" }
        switch node {
        case .scalar(let scalar): return "s:" + scalar.string
        case .sequence(let sequence): return "[" + sequence.map { canonical($0) }.joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "{" + mapping.map { canonical($0.key) + "=" + canonical($0.value) }.sorted().joined(separator: ",") + "}"
        case .alias: return "~"
        }
    }

    /// Parses a value's text: nil when it is not YAML.
    package static func node(_ text: String?) -> Node? {
        guard let text else { return nil }
        return try? Yams.compose(yaml: "v: " + text)?.mapping?["v"]
    }
}

extension EventForm {
    /// The edits a form submission makes to the event as written (`block`): one `setItemKey` per
    /// key whose value changed, in the layout the key had (a block mapping stays a block mapping).
    package func edits(from form: FormData, block: String, eventID: String) -> (edits: [PlanEdit], keys: [String]) {
        let current = try? Yams.compose(yaml: block)
        let blockKeys = Self.blockStyleKeys(block)
        var edits: [PlanEdit] = []
        var keys: [String] = []
        for (key, value) in values(from: form, current: current)
        where YAMLFlow.canonical(YAMLFlow.node(value)) != YAMLFlow.canonical(current?.mapping?[key]) {
            let written = blockKeys.contains(key) ? value.flatMap { YAMLFlow.block(YAMLFlow.node($0)) } ?? value : value
            edits.append(.setItemKey(section: "events", id: eventID, key: key, value: written))
            keys.append(key)
        }
        return (edits, keys)
    }

    /// Keys of an item written `key:` alone on their line, their value below.
    static func blockStyleKeys(_ block: String) -> Set<String> {
        Set(
            block.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") else { return nil }
                let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                return rest.isEmpty || rest.hasPrefix("#") ? String(line[..<colon]) : nil
            })
    }
}

extension YAMLFlow {
    /// A mapping as block lines (`fr: …` / `en: …`), its values in flow style; nil for anything else.
    package static func block(_ node: Node?) -> String? {
        guard let mapping = node?.mapping else { return nil }
        return mapping.map { "\(text($0.key)): \(text($0.value))" }.joined(separator: "\n")
    }
}
