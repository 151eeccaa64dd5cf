import Bilingual
import Foundation
import YAMLReading

/// One calendar data file: the path its messages name and its text. The shipped data comes from
/// the binary (`calendars/holidays/BE.yaml`…); a `--calendars DIR` file from the disk.
public struct CalendarSource: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without its extension: the code or id the file must declare.
    public var stem: String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// Reads one file as UTF-8 text; a `SourceError` names the file, and the first byte that is
    /// not UTF-8.
    public static func read(_ url: URL) throws -> CalendarSource {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SourceError([
                SourceIssue(
                    SourceLocation(file: url.path, line: 1, column: 1),
                    LocalizedText(fr: "impossible de lire le fichier", en: "cannot read the file"),
                    hint: LocalizedText(
                        fr: "vérifiez qu'il existe et que vous pouvez le lire (ls -l)",
                        en: "check that it exists and that you may read it (ls -l)"))
            ])
        }
        return CalendarSource(path: url.path, text: try YAMLDocument.text(of: data, file: url.path))
    }

    /// Every `.yaml` file of a folder, sorted by name; other files (README.md) are left out.
    /// `what` names one thing the folder holds a file for (`jurisdiction`), for the message
    /// when the folder cannot be listed or holds no such file.
    public static func folder(_ directory: URL, holding what: LocalizedText) throws -> [CalendarSource] {
        let location = SourceLocation(file: directory.path, line: 0, column: 0)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else {
            throw SourceError([
                SourceIssue(
                    location,
                    LocalizedText(fr: "impossible de lister le dossier", en: "cannot list the folder"),
                    hint: LocalizedText(
                        fr: "vérifiez le chemin : il doit nommer le dossier qui contient un fichier .yaml par \(what.fr)",
                        en: "check the path; it should be the folder that holds one .yaml file per \(what.en)"))
            ])
        }
        let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !yaml.isEmpty else {
            throw SourceError([
                SourceIssue(
                    location,
                    LocalizedText(fr: "le dossier ne contient aucun fichier .yaml", en: "the folder holds no .yaml file"),
                    hint: LocalizedText(
                        fr: "nommez le dossier qui contient un fichier .yaml par \(what.fr)",
                        en: "point to the folder that holds one .yaml file per \(what.en)"))
            ])
        }
        var sources: [CalendarSource] = []
        var issues: [SourceIssue] = []
        for name in yaml {
            do { sources.append(try read(directory.appendingPathComponent(name))) } catch let error as SourceError {
                issues += error.issues
            }
        }
        guard issues.isEmpty else { throw SourceError(issues) }
        return sources
    }
}
