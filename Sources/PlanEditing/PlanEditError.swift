import Bilingual

/// Why an edit of a plan's text was refused; the plan's text is then left as it was.
package enum PlanEditError: Error, Sendable, Hashable {
    /// What the YAML text that is wrong was: the plan itself, an item's block, or a key's value.
    package enum Fragment: Sendable, Hashable {
        case plan
        case block
        case value(key: String)
    }

    /// No top-level key of that name holds a list of items.
    case unknownSection(String)
    /// The top-level key exists but its value is not a list of items with ids (a text, a flow list…).
    case notASection(String)
    case unknownItem(section: String, id: String)
    /// Another item of the section already has this id.
    case duplicateID(section: String, id: String)
    /// The text does not parse as YAML; line and column are 1-based, inside the fragment.
    case notYAML(Fragment, line: Int, column: Int, message: String)
    /// The plan or the block is not a mapping (`key: value` lines).
    case notAMapping(Fragment, line: Int, column: Int)
    /// The block has no `id: …` line (or its id is not a text).
    case missingID(section: String)
    /// An empty value: remove the key instead (nil), or give "" for an empty text.
    case emptyValue(key: String)
    /// A key that is empty, spans lines or starts with a YAML indicator.
    case invalidKey(String)
    /// `setItemKey(… key: "id", value: nil)`: an item keeps its id.
    case cannotRemoveID(section: String, id: String)
    /// The edit would have changed more than asked or produced text that does not read back
    /// as intended; the plan is left unchanged.
    case refused(LocalizedText)
}

extension PlanEditError: UserFacingError {
    package var message: LocalizedText {
        switch self {
        case .unknownSection(let name):
            return LocalizedText(fr: "le plan n'a pas de liste « \(name) »", en: "the plan has no '\(name)' list")
        case .notASection(let name):
            return LocalizedText(
                fr: "« \(name) » n'est pas une liste d'éléments ayant chacun un id",
                en: "'\(name)' is not a list of items that each have an id")
        case .unknownItem(let section, let id):
            return LocalizedText(fr: "aucun élément « \(id) » dans « \(section) »", en: "no item '\(id)' in '\(section)'")
        case .duplicateID(let section, let id):
            return LocalizedText(
                fr: "« \(section) » a déjà un élément d'id « \(id) »", en: "'\(section)' already has an item with id '\(id)'")
        case .notYAML(let fragment, let line, let column, let message):
            return LocalizedText(
                fr: "\(fragment.name.fr), ligne \(line), colonne \(column) : YAML invalide : \(message)",
                en: "\(fragment.name.en), line \(line), column \(column): invalid YAML: \(message)")
        case .notAMapping(let fragment, let line, let column):
            return LocalizedText(
                fr: "\(fragment.name.fr), ligne \(line), colonne \(column) : ce n'est pas une table de clés (« clé: valeur »)",
                en: "\(fragment.name.en), line \(line), column \(column): not a mapping of keys ('key: value')")
        case .missingID(let section):
            return LocalizedText(
                fr: "le bloc de l'élément de « \(section) » n'a pas de clé « id »",
                en: "the block of the '\(section)' item has no 'id' key")
        case .emptyValue(let key):
            return LocalizedText(fr: "la valeur de « \(key) » est vide", en: "the value of '\(key)' is empty")
        case .invalidKey(let key):
            return LocalizedText(fr: "clé invalide « \(key) »", en: "invalid key '\(key)'")
        case .cannotRemoveID(let section, let id):
            return LocalizedText(
                fr: "l'élément « \(id) » de « \(section) » ne peut pas perdre son id",
                en: "item '\(id)' of '\(section)' cannot lose its id")
        case .refused(let reason):
            return LocalizedText(fr: "modification refusée : ", en: "edit refused: ").appending(reason)
        }
    }

    package var fix: LocalizedText {
        switch self {
        case .unknownSection, .notASection:
            return LocalizedText(
                fr: "choisissez une liste du plan (partners, people, domains, ties, events…) ou ajoutez-y d'abord un élément",
                en: "pick a list of the plan (partners, people, domains, ties, events…) or add an item to it first")
        case .unknownItem:
            return LocalizedText(
                fr: "rechargez le plan : l'élément a peut-être été renommé ou supprimé entre-temps",
                en: "reload the plan: the item may have been renamed or removed in the meantime")
        case .duplicateID:
            return LocalizedText(fr: "donnez un id unique à chaque élément", en: "give each item a unique id")
        case .notYAML:
            return LocalizedText(
                fr:
                    "vérifiez l'indentation (espaces, pas de tabulations), les deux-points et les guillemets ; mettez entre guillemets un texte qui contient « : » ou « # »",
                en: "check the indentation (spaces, no tabs), the colons and the quotes; quote a text that holds ': ' or ' #'")
        case .notAMapping:
            return LocalizedText(
                fr: "écrivez une ligne « clé: valeur » par champ, par exemple « id: comite-suivi »",
                en: "write one 'key: value' line per field, for example 'id: comite-suivi'")
        case .missingID:
            return LocalizedText(
                fr: "ajoutez une ligne « id: … » avec un identifiant court (lettres, chiffres, tirets)",
                en: "add an 'id: …' line with a short identifier (letters, digits, hyphens)")
        case .emptyValue:
            return LocalizedText(
                fr: "pour retirer la clé, ne donnez pas de valeur ; pour un texte vide, écrivez \"\"",
                en: "to remove the key, give no value; for an empty text, write \"\"")
        case .invalidKey:
            return LocalizedText(
                fr: "utilisez un nom de clé du format des plans (lettres, chiffres, tirets), par exemple « title »",
                en: "use a key name of the plan format (letters, digits, hyphens), for example 'title'")
        case .cannotRemoveID:
            return LocalizedText(
                fr: "changez l'id au lieu de le retirer, ou supprimez l'élément entier",
                en: "change the id instead of removing it, or remove the whole item")
        case .refused:
            return LocalizedText(
                fr: "modifiez le fichier à la main, ou signalez le problème avec le fichier joint",
                en: "edit the file by hand, or report the problem with the file attached")
        }
    }

    package func rendered(in language: Language) -> String {
        message.asError(fix: fix, in: language)
    }
}

extension PlanEditError.Fragment {
    var name: LocalizedText {
        switch self {
        case .plan: return LocalizedText(fr: "le plan", en: "the plan")
        case .block: return LocalizedText(fr: "le bloc de l'élément", en: "the item's block")
        case .value(let key): return LocalizedText(fr: "la valeur de « \(key) »", en: "the value of '\(key)'")
        }
    }
}
