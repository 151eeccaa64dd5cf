/// A rendered page and the file name `jumelage pages` writes it to.
public struct PageFile: Sendable, Hashable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
