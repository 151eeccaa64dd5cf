import ArgumentParser
import Bilingual

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case fr, en

    var language: Language { self == .fr ? .fr : .en }
}
