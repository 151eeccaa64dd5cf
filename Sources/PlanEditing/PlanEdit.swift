/// One change to a plan's text, as a form asks for it. Values and blocks are YAML text, built
/// for example with `YAMLBlockWriter` and `YAMLScalar.quoted(_:)`.
package enum PlanEdit: Sendable, Hashable {
    /// Sets a top-level key (a scalar, a flow value or a multi-line block); a missing key is
    /// added after the last top-level key that comes before the first list.
    case setTopLevel(key: String, value: String)
    /// Replaces an item by a standalone YAML mapping; the item may change its id.
    case replaceItem(section: String, id: String, block: String)
    /// Adds an item at the end of a list, creating the list at the end of the file if missing.
    case appendItem(section: String, block: String)
    /// Removes an item and the comment lines directly above it.
    case removeItem(section: String, id: String)
    /// Replaces, adds (after the item's last key) or removes (nil) one key of an item.
    case setItemKey(section: String, id: String, key: String, value: String?)
    /// Moves an item before another one of its list, or to the end (nil).
    case moveItem(section: String, id: String, before: String?)
}
