import Testing

@testable import Bilingual

struct PathTextTests {
    @Test(arguments: [
        ("a/b/c.ics", "a/b"), ("c.ics", ""), ("o", ""), ("/c.ics", "/"), ("/", "/"), ("", ""),
        ("a/b/", "a"), ("a//b", "a"), ("./plan.yaml", "."), ("../x/y", "../x"), ("/tmp/out/", "/tmp"),
    ])
    func parentPaths(path: String, parent: String) {
        #expect(path.parentPath == parent)
    }
}
