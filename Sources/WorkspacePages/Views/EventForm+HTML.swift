import Bilingual
import PlanModel
import WorkspaceCore
import Yams

extension EventForm {
    /// The form's fields, filled from the event as written (`current`) or from what was sent back
    /// (`sent`, after a refused save); `problems` by key, shown beside their field.
    package func fields(current: Node?, sent: FormData?, problems: [String: [String]], isNew: Bool) -> HTML {
        let say = Wording(language)
        let map = current?.mapping
        func text(_ key: String) -> String? { map?[key]?.string }
        func sub(_ key: String, _ subkey: String) -> String? {
            if let value = map?[key]?.mapping?[subkey]?.string { return value }
            return nil
        }
        func strings(_ key: String) -> [String] {
            if let sequence = map?[key]?.sequence { return sequence.compactMap(\.string) }
            return map?[key]?.string.map { [$0] } ?? []
        }
        func value(_ name: String, _ fallback: String?) -> String { sent.map { $0.raw(name) ?? "" } ?? fallback ?? "" }
        func chosen(_ name: String, _ fallback: [String]) -> Set<String> { Set(sent.map { $0.all(name) } ?? fallback) }
        func bilingualPart(_ key: String, _ part: String) -> String? {
            if let node = map?[key], let plain = node.string { return part == "fr" ? plain : nil }
            return sub(key, part)
        }
        func problem(_ keys: String...) -> HTML {
            let messages = keys.flatMap { problems[$0] ?? [] }
            guard !messages.isEmpty else { return .empty }
            return "<span class=\"field-error\" role=\"alert\" id=\"probleme-\(keys[0])\">\(messages.joined(separator: " "))</span>"
        }
        func input(
            _ name: String, _ label: String, _ current: String?, type: String = "text", required: Bool = false, hint: String? = nil
        ) -> HTML {
            let id = "f-" + name.replacingOccurrences(of: ".", with: "-")
            let key = String(name.split(separator: ".").first ?? "")
            let help: HTML = hint.map { "<small id=\"\(id)-aide\">\($0)</small>" } ?? .empty
            return """
                <p><label for="\(id)">\(label)</label>
                <input id="\(id)" name="\(name)" type="\(type)" value="\(value(name, current))"\(flag: required, "required")\(hint == nil ? "" as HTML : " aria-describedby=\"\(id)-aide\"" as HTML) data-key="\(key)">\(help)\(problem(key))</p>
                """
        }
        func select(_ name: String, _ label: String, _ options: [(String, String)], _ current: String?, blank: Bool = true) -> HTML {
            let id = "f-" + name
            let selected = value(name, current)
            let choices: [HTML] =
                (blank ? ["<option value=\"\">—</option>" as HTML] : [])
                + options.map { "<option value=\"\($0.0)\"\(flag: $0.0 == selected, "selected")>\($0.1)</option>" }
            return """
                <p><label for="\(id)">\(label)</label><select id="\(id)" name="\(name)" data-key="\(name)">\(choices)</select>\(problem(name))</p>
                """
        }
        func checkboxes(_ name: String, _ legend: String, _ options: [(String, String)], _ current: [String]) -> HTML {
            guard !options.isEmpty else { return .empty }
            let picked = chosen(name, current)
            let boxes: [HTML] = options.map { option in
                let id = "f-\(name)-\(option.0)"
                return
                    "<label for=\"\(id)\" class=\"check\"><input type=\"checkbox\" id=\"\(id)\" name=\"\(name)\" value=\"\(option.0)\"\(flag: picked.contains(option.0), "checked")> \(option.1)</label>"
            }
            return "<fieldset data-key=\"\(name)\"><legend>\(legend)</legend>\(boxes)\(problem(name))</fieldset>"
        }
        func checkbox(_ name: String, _ label: String, _ current: Bool) -> HTML {
            let on = sent.map { $0.has(name) } ?? current
            return
                "<p><label for=\"f-\(name)\" class=\"check\"><input type=\"checkbox\" id=\"f-\(name)\" name=\"\(name)\" value=\"true\"\(flag: on, "checked")> \(label)</label>\(problem(name))</p>"
        }
        let partners = plan.partners.map { ($0.id, say($0.name)) }
        let people = plan.people.map { ($0.id, $0.name) }
        let domains = plan.domains.map { ($0.id, say($0.name)) }
        let ties = plan.ties.map { ($0.id, $0.title.map { say($0) } ?? $0.id) }
        let timed = (sent?["timing"] ?? (map?["start"] != nil ? "start" : "dates")) == "start"
        let start = text("start").map { $0.split(separator: "T").map(String.init) } ?? []
        let windowFrom = map?["schedule"]?.mapping?["window"]?.mapping?["from"]?.string
        let windowTo = map?["schedule"]?.mapping?["window"]?.mapping?["to"]?.string
        let weekdays = map?["schedule"]?.mapping?["weekdays"]?.sequence?.compactMap(\.string) ?? []
        let rules = map?["schedule"]?.mapping
        let after = rules?["after"]?.sequence?.first?.mapping ?? rules?["after"]?.mapping
        let events = plan.activities.map { ($0.id, say($0.title)) }
        let kindNames = Self.kinds.map { ($0, EventStatus.kind(Activity.Kind(rawValue: $0) ?? .event, say)) }
        let idField: HTML =
            isNew
            ? input(
                "id", say("Identifiant (lettres, chiffres, tirets)", "Identifier (letters, digits, dashes)"), nil, required: true,
                hint: say(
                    "Sert dans les liens et les flux ; ne change plus ensuite.", "Used in links and feeds; does not change afterwards."))
            : .empty
        return """
            <fieldset><legend>\(say("L'événement", "The event"))</legend>
            \(idField)
            \(select("kind", say("Type", "Kind"), kindNames, text("kind"), blank: false))
            \(input("title.fr", say("Titre (français)", "Title (French)"), bilingualPart("title", "fr"), required: true))
            \(input("title.en", say("Titre (anglais)", "Title (English)"), bilingualPart("title", "en")))
            \(input("description.fr", say("Description (français)", "Description (French)"), bilingualPart("description", "fr")))
            \(input("description.en", say("Description (anglais)", "Description (English)"), bilingualPart("description", "en")))
            \(select("mode", say("Mode", "Mode"), Self.modes.map { ($0, $0) }, text("mode")))
            \(input("place", say("Lieu", "Place"), text("place")))
            </fieldset>
            <fieldset><legend>\(say("Quand", "When"))</legend>
            <p><label for="f-timing">\(say("Forme", "Form"))</label><select id="f-timing" name="timing">
            <option value="dates"\(flag: !timed, "selected")>\(say("Journées entières", "Whole days"))</option>
            <option value="start"\(flag: timed, "selected")>\(say("Heure de début et durée", "Start time and length"))</option></select></p>
            \(input("dates.from", say("Du", "From"), sub("dates", "from") ?? text("date"), type: "date"))
            \(input("dates.to", say("Au", "To"), sub("dates", "to") ?? text("date"), type: "date"))
            \(input("start.date", say("Jour de début", "Start day"), start.first, type: "date"))
            \(input("start.time", say("Heure de début", "Start time"), start.count > 1 ? start[1] : nil, type: "time"))
            \(input("duration", say("Durée (90min, 3h, 2d)", "Length (90min, 3h, 2d)"), text("duration")))
            \(input("timezone", say("Fuseau horaire", "Time zone"), text("timezone")))
            \(checkbox("provisional", say("Date à confirmer : le solveur la choisit dans la fenêtre", "Date to confirm: the solver picks it in the window"), text("provisional") == "true"))
            \(input("window.from", say("Fenêtre : du", "Window: from"), windowFrom, type: "date"))
            \(input("window.to", say("Fenêtre : au", "Window: to"), windowTo, type: "date"))
            \(checkboxes("weekdays", say("Jours permis", "Allowed weekdays"), Self.weekdays.map { ($0, $0) }, weekdays))
            </fieldset>
            <fieldset><legend>\(say("Règles de date", "Date rules"))</legend>
            \(select("schedule.holidays", say("Jours fériés évités", "Holidays avoided"), [("host", say("ceux de l'hôte", "the host's")), ("everyone", say("ceux de tous", "everyone's")), ("none", say("aucun", "none"))], rules?["holidays"]?.string))
            \(EventForm.showsAfter(rules?["after"]) ? """
            \(select("after.event", say("Après l'événement", "After the event"), events, after?["event"]?.string))
            \(input("after.lag", say("Jours libres entre les deux", "Free days between them"), after?["lag"]?.string, type: "number"))
            """ as HTML : .empty)
            \(EventForm.showsAlongside(rules?["alongside"]) ? """
            \(select("alongside.event", say("En même temps que", "Alongside"), events, rules?["alongside"]?.mapping?["event"]?.string))
            \(input("alongside.within", say("À au plus (jours)", "Within (days)"), rules?["alongside"]?.mapping?["within"]?.string, type: "number"))
            """ as HTML : .empty)
            \(input("spacing.min", say("Espacement depuis l'occurrence précédente : au moins (jours)", "Spacing from the previous occurrence: at least (days)"), rules?["spacing"]?.mapping?["min"]?.string, type: "number"))
            \(input("spacing.max", say("au plus (jours)", "at most (days)"), rules?["spacing"]?.mapping?["max"]?.string, type: "number"))
            \(checkboxes("prefer.months", say("Mois préférés", "Preferred months"), (1...12).map { (String($0), language == .fr ? FrenchDate.months[$0 - 1] : EnglishDate.months[$0 - 1]) }, rules?["prefer"]?.mapping?["months"]?.sequence?.compactMap(\.string) ?? []))
            </fieldset>
            <fieldset><legend>\(say("Qui", "Who"))</legend>
            \(checkboxes("hosts", say("Hôte(s)", "Host(s)"), partners, strings("hosts") + strings("host")))
            \(checkboxes("participants", say("Partenaires participants", "Participating partners"), partners, strings("participants")))
            \(select("origin", say("Délégation partant de", "Delegation from"), partners, text("origin")))
            \(select("destination", say("Vers", "To"), partners, text("destination")))
            \(checkboxes("travellers", say("Voyageurs", "Travellers"), people, strings("travellers")))
            \(input("delegation", say("Taille de la délégation", "Delegation size"), text("delegation"), type: "number"))
            \(input("travelDays", say("Jours de voyage de chaque côté", "Travel days on each side"), text("travelDays"), type: "number"))
            </fieldset>
            <fieldset><legend>\(say("Cadre et diffusion", "Frame and audience"))</legend>
            \(checkboxes("domains", say("Domaines", "Domains"), domains, strings("domains")))
            \(select("agreement", say("Entente", "Agreement"), ties, text("agreement")))
            \(checkboxes("audiences", say("Publics", "Audiences"), Self.audiences.map { ($0, $0) }, strings("audiences")))
            \(checkbox("confidential", say("Confidentiel (jamais dans un flux public, caché aux partenaires)", "Confidential (never in a public feed, hidden from partners)"), text("confidential") == "true"))
            </fieldset>
            """
    }
}
