import Bilingual

/// Someone who signed a tie: a person of the plan, or a name with a title.
public struct Signatory: Hashable, Sendable {
    /// The plan's person, when the signatory is one (their name, role and partner are copied here).
    public var personID: String?
    public var name: String
    /// « Maire de Québec », « Rectrice de l'UNamur ».
    public var title: LocalizedText?
    /// The partner they signed for.
    public var partnerID: String?

    public init(personID: String? = nil, name: String, title: LocalizedText? = nil, partnerID: String? = nil) {
        self.personID = personID
        self.name = name
        self.title = title
        self.partnerID = partnerID
    }
}
