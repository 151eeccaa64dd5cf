/// How the pages link to each other.
package enum LinkStyle: Sendable, Hashable {
    /// As `jumelage serve` routes them: `/etudiants`, `/students`, `/tableau-de-bord`.
    case routes
    /// As `jumelage pages` writes them: `etudiants.html`, `students.html`, … side by side.
    case staticFiles
}
