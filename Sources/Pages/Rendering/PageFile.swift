/// A rendered page and the file name `jumelage pages` writes it to.
package struct PageFile: Sendable, Hashable {
    package let name: String
    package let text: String

    package init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
