/// The ids a plan defines, for checking references as they are read.
struct KnownIDs {
    var partners: [String] = []
    var people: [String] = []
    var domains: [String] = []
    var ties: [String] = []
    var bodies: [String] = []
    var projects: [String] = []

    static func frenchName(_ what: String) -> String {
        [
            "partner": "partenaire", "person": "personne", "domain": "domaine", "tie": "lien",
            "event": "événement", "blackout": "période à éviter", "body": "instance", "project": "projet",
        ][what] ?? what
    }
}
