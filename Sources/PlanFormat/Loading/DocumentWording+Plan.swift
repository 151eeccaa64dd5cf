import Bilingual
import YAMLReading

extension DocumentWording {
    /// How the messages about a whole plan file name it.
    static let plan = DocumentWording(
        empty: LocalizedText(
            fr: "un plan commence par « jumelage: 1 », puis « id: », « title: »…",
            en: "a plan starts with 'jumelage: 1', then 'id:', 'title:'…"),
        notMapping: LocalizedText(
            fr: "le plan doit être une table clé: valeur, pas une liste ni un texte seul",
            en: "the plan must be a mapping of key: value, not a list or a lone text"),
        notMappingHint: LocalizedText(
            fr: "un plan commence par « jumelage: 1 », puis « id: », « title: »… sans « - » devant",
            en: "a plan starts with 'jumelage: 1', then 'id:', 'title:'… with no '- ' in front"),
        tooDeep: LocalizedText(
            fr: "un plan n'a besoin que de quelques niveaux : vérifiez les crochets [ ] et accolades { }",
            en: "a plan needs only a few levels: check the brackets [ ] and braces { }"),
        tooLarge: LocalizedText(
            fr: "découpez le plan en plusieurs fichiers ou retirez les alias YAML (*nom)",
            en: "split the plan into several files or remove the YAML aliases (*name)"),
        secondDocument: LocalizedText(
            fr: "un fichier contient un seul plan : retirez la ligne « --- » ou mettez l'autre plan dans son propre fichier",
            en: "a file holds one plan: remove the '---' line or put the other plan in a file of its own"),
        plainText: LocalizedText(fr: "retirez-le : un plan est du texte simple", en: "remove it: a plan is plain text"))
}
