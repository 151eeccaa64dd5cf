/// An entry together with the jurisdiction whose file defines it.
struct ScopedEntry<Entry: JurisdictionEntry>: Sendable {
    let jurisdiction: String
    let entry: Entry
}
