import Foundation
import Synchronization

/// Catalogs already read, by what they were read from: the shipped files never change, and an
/// override folder is read again when one of its files is added, removed or modified. Reading the
/// shipped calendars is most of what a small workspace's planning costs, and every page with a
/// calendar needs them.
final class CatalogCache<Catalog: Sendable>: Sendable {
    private static var kept: Int { 4 }
    private let entries = Mutex<[String: Catalog]>([:])

    func catalog(overrides: URL?, folder: String, read: () throws -> Catalog) throws -> Catalog {
        let key = Self.key(overrides: overrides, folder: folder)
        if let known = entries.withLock({ $0[key] }) { return known }
        let catalog = try read()
        entries.withLock { entries in
            if entries.count >= Self.kept { entries.removeAll() }
            entries[key] = catalog
        }
        return catalog
    }

    /// The override folder's path and each file's name, modification time and size.
    static func key(overrides: URL?, folder: String) -> String {
        guard let overrides else { return "shipped" }
        let directory = overrides.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return
            ([overrides.path]
            + names.sorted().map { name in
                let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                return "\(name):\(modified):\((attributes?[.size] as? NSNumber)?.intValue ?? -1)"
            }).joined(separator: "|")
    }
}
