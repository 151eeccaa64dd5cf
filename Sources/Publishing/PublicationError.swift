import Bilingual

/// Why a publication, a ledger or a token command could not go through, in French and English.
public enum PublicationError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
    /// The plans have no schedule that satisfies every hard constraint: nothing is published.
    case infeasible
    /// Another `jumelage publish` holds the output folder.
    case busy(directory: String)
    case write(path: String, reason: String)
    case read(path: String, reason: String)
    case ledger(path: String, reason: String)
    case ledgerMissing(path: String)
    case unknownToken(id: Int64)
    case unknownFeeds([String])
    case publicFeeds([String])
    case render(feed: String, reason: String)
    /// Two feeds of one publication have the same file name.
    case duplicateFeed(String)
    /// A feed name published earlier for another plan or audience.
    case feedNameTaken(String, earlier: String, earlierPlan: String?, now: String, plan: String?)
    /// A publication stopped on purpose by a test, at a chosen step.
    case interrupted

    public func rendered(in language: Language) -> String {
        let fr = language == .fr
        let label = fr ? "erreur : " : "error: "
        switch self {
        case .infeasible:
            return label
                + (fr
                    ? "aucun calendrier ne respecte toutes les contraintes : rien n'est publié"
                    : "no schedule satisfies every constraint: nothing is published")
        case .busy(let directory):
            return label
                + (fr
                    ? "une autre publication est en cours dans \(directory) ; réessayez quand elle sera finie"
                    : "another publication is running in \(directory); try again when it is done")
        case .write(let path, let reason):
            return label + (fr ? "écriture impossible : \(path) : \(reason)" : "cannot write \(path): \(reason)")
        case .read(let path, let reason):
            return label + (fr ? "lecture impossible : \(path) : \(reason)" : "cannot read \(path): \(reason)")
        case .ledger(let path, let reason):
            return label + (fr ? "registre de publication \(path) : \(reason)" : "publication ledger \(path): \(reason)")
        case .ledgerMissing(let path):
            return label
                + (fr
                    ? "registre de publication introuvable : \(path)\n  correction : indiquez-le avec --ledger FICHIER"
                    : "no publication ledger at \(path)\n  fix: name it with --ledger FILE")
        case .unknownToken(let id):
            return label
                + (fr
                    ? "aucun jeton n° \(id) ; `jumelage tokens list` les énumère"
                    : "no token #\(id); `jumelage tokens list` lists them")
        case .unknownFeeds(let names):
            return label
                + (fr
                    ? "flux inconnus : \(names.joined(separator: ", ")) ; ils ne figurent pas dans la dernière publication"
                    : "unknown feeds: \(names.joined(separator: ", ")); they are not in the last publication")
        case .publicFeeds(let names):
            return label
                + (fr
                    ? "flux publics, sans jeton : \(names.joined(separator: ", "))"
                    : "public feeds need no token: \(names.joined(separator: ", "))")
        case .render(let feed, let reason):
            return label + (fr ? "flux \(feed) : \(reason)" : "feed \(feed): \(reason)")
        case .duplicateFeed(let name):
            return label
                + (fr
                    ? "deux flux s'appellent \(name) : renommez le plan ou le partenaire qui le produit"
                    : "two feeds are named \(name): rename the plan or the partner that makes one of them")
        case let .feedNameTaken(name, earlier, earlierPlan, now, plan):
            let before = "\(earlier)" + (earlierPlan.map { fr ? " du plan \($0)" : " of plan \($0)" } ?? "")
            let after = "\(now)" + (plan.map { fr ? " du plan \($0)" : " of plan \($0)" } ?? "")
            return label
                + (fr
                    ? "le flux \(name) a été publié pour « \(before) » ; il serait maintenant pour « \(after) », et ses abonnés liraient d'autres événements\n  correction : changez l'id du plan ou du partenaire, ou publiez dans un autre dossier avec un autre registre"
                    : "the feed \(name) was published for '\(before)'; it would now be for '\(after)', and its subscribers would read other events\n  fix: change the plan's or the partner's id, or publish into another folder with another ledger")
        case .interrupted:
            return label + (fr ? "publication interrompue" : "publication interrupted")
        }
    }

    public var description: String { rendered(in: .en) }

    public var exitCode: Int32 { self == .infeasible ? 2 : 1 }
}
