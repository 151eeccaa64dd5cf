import Bilingual
import WorkspaceCore

/// Why a save wrote nothing: the loader's (or the editor's) messages, above the form.
package enum SaveProblems {
    package static func render(_ problems: [String], _ language: Language) -> HTML {
        guard !problems.isEmpty else { return .empty }
        let say = Wording(language)
        return """
            <section class="card error" role="alert" id="problemes"><h2>\(say("Rien n'a été enregistré", "Nothing was saved"))</h2>\
            <ul>\(problems.map { "<li><pre>\($0)</pre></li>" as HTML })</ul></section>
            """
    }
}
