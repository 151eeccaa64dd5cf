import Bilingual
import Foundation
import Yams

/// The top-level mapping of one YAML file, or a `SourceError` saying where and why the file
/// cannot be read at all: bytes that are not UTF-8, nesting too deep or aliases expanding past
/// the node budget (refused by `YAMLShape` before Yams builds any node), a syntax error, an
/// empty file, or a top level that is a list or a lone value.
package enum YAMLDocument {
    /// The bytes of `file` as text; a `SourceError` at the first byte that is not UTF-8.
    package static func text(of data: Data, file: String) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        let (line, column) = lineAndColumn(of: firstInvalidUTF8Offset(data), in: data)
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        throw SourceError([
            SourceIssue(
                SourceLocation(file: file, line: line, column: column),
                utf16
                    ? LocalizedText(
                        fr: "le fichier est en UTF-16, pas en UTF-8",
                        en: "the file is UTF-16, not UTF-8")
                    : LocalizedText(fr: "le fichier n'est pas en UTF-8 valide", en: "the file is not valid UTF-8"),
                hint: LocalizedText(fr: "enregistrez-le en UTF-8", en: "save it as UTF-8"))
        ])
    }

    /// The root node of `text`, always a mapping; a `SourceError` with one located issue otherwise.
    package static func root(of text: String, file: String, nodeBudget: Int, wording: DocumentWording) throws -> Node {
        if let refusal = YAMLShape.check(text, nodeBudget: nodeBudget) {
            throw SourceError([shapeIssue(refusal, file: file, wording: wording)])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw SourceError([
                    SourceIssue(
                        SourceLocation(file: file, line: 1, column: 1),
                        LocalizedText(fr: "le fichier est vide", en: "the file is empty"),
                        hint: wording.empty)
                ])
            }
            root = node
        } catch let error as YamlError {
            throw SourceError([yamlIssue(error, text: text, file: file, wording: wording)])
        }
        guard case .mapping = root else {
            throw SourceError([
                SourceIssue(
                    SourceLocation(file: file, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1),
                    wording.notMapping, hint: wording.notMappingHint)
            ])
        }
        return root
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = Array(data).makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// 1-based line and column (in characters) of the byte at `offset`.
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
