import Bilingual
import YAMLReading

extension DocumentWording {
    /// How the messages about a whole calendar data file name it; `firstLine` is how such a file
    /// starts (`jurisdiction: BE`, `institution: unamur`).
    static func calendarData(firstLine: String) -> DocumentWording {
        DocumentWording(
            empty: LocalizedText(
                fr: "un fichier de calendrier commence par « \(firstLine) » ; ajoutez ses lignes ou supprimez le fichier",
                en: "a calendar file starts with '\(firstLine)'; add its lines or delete the file"),
            notMapping: LocalizedText(
                fr: "le fichier de calendrier doit être une table clé: valeur, pas une liste ni un texte seul",
                en: "the calendar file must be a mapping of key: value, not a list or a lone text"),
            notMappingHint: LocalizedText(
                fr: "un fichier de calendrier commence par « \(firstLine) », sans « - » devant",
                en: "a calendar file starts with '\(firstLine)', with no '- ' in front"),
            tooDeep: LocalizedText(
                fr: "un fichier de calendrier n'a besoin que de quelques niveaux : vérifiez les crochets [ ] et accolades { }",
                en: "a calendar file needs only a few levels: check the brackets [ ] and braces { }"),
            tooLarge: LocalizedText(
                fr: "retirez les alias YAML (*nom) : écrivez chaque entrée en entier",
                en: "remove the YAML aliases (*name): write each entry out in full"),
            secondDocument: LocalizedText(
                fr: "un fichier contient un seul calendrier : retirez la ligne « --- » ou mettez l'autre dans son propre fichier",
                en: "a file holds one calendar: remove the '---' line or put the other one in a file of its own"),
            plainText: LocalizedText(
                fr: "retirez-le : un fichier de calendrier est du texte simple",
                en: "remove it: a calendar file is plain text"))
    }
}
