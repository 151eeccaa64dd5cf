import Mustache

/// The compiled templates, parsed once. A template that fails to parse is a programming error
/// caught by the tests, so it stops the program.
enum TemplateLibrary {
    static let shared: MustacheLibrary = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("style", StyleTemplate.text), ("head", LayoutTemplates.head), ("header", LayoutTemplates.header),
            ("footer", LayoutTemplates.footer), ("students", StudentsTemplate.text), ("dashboard", DashboardTemplate.text),
            ("report-html", ReportTemplates.html), ("report-markdown", ReportTemplates.markdown), ("registry", RegistryTemplate.text),
        ]
        for (name, text) in templates {
            do {
                try library.register(text, named: name)
            } catch {
                fatalError("template \(name) does not parse: \(error)")
            }
        }
        return library
    }()

    static func render(_ object: Any, _ name: String) -> String {
        guard let text = shared.render(object, withTemplate: name) else { fatalError("no template \(name)") }
        return text
    }
}
