/// The names a plan file may have: a plain, visible file name of the workspace folder ending in
/// `.yaml` or `.yml` (`quebec-namur-2024-2026.yaml`).
package enum PlanFileName {
    package static func isValid(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains(".."), !name.contains("/"), !name.contains("\\"), !name.contains("\0")
        else {
            return false
        }
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) && name.count > suffix.count { return true }
        return false
    }

    package static func validate(_ name: String) throws(PlanDocumentError) {
        guard isValid(name) else { throw .invalidFileName(name) }
    }
}
