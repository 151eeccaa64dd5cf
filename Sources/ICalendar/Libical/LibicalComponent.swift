import CLibical

/// Owns an `icalcomponent` tree and frees it unless it was handed to a parent.
final class LibicalComponent {
    let pointer: OpaquePointer
    private var owned = true

    init(kind: icalcomponent_kind) {
        pointer = icalcomponent_new(kind)
    }

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    init(cloning pointer: OpaquePointer) {
        self.pointer = icalcomponent_new_clone(pointer)
    }

    deinit {
        if owned { icalcomponent_free(pointer) }
    }

    var kind: icalcomponent_kind { icalcomponent_isa(pointer) }

    /// Hands a freshly created property to this component, which then frees it.
    func add(property: OpaquePointer?) {
        guard let property else { return }
        icalcomponent_add_property(pointer, property)
    }

    func add(child: LibicalComponent) {
        child.owned = false
        icalcomponent_add_component(pointer, child.pointer)
    }

    func serialized() -> String {
        Libical.takeString(icalcomponent_as_ical_string_r(pointer)) ?? ""
    }

    /// Properties of a kind, in document order; the pointers live as long as this component.
    func properties(_ kind: icalproperty_kind) -> [OpaquePointer] {
        LibicalComponent.properties(of: pointer, kind)
    }

    func firstProperty(_ kind: icalproperty_kind) -> OpaquePointer? {
        icalcomponent_get_first_property(pointer, kind)
    }

    /// Child components of a kind, in document order, borrowed from this tree.
    func children(_ kind: icalcomponent_kind) -> [OpaquePointer] {
        LibicalComponent.children(of: pointer, kind)
    }

    static func children(of pointer: OpaquePointer, _ kind: icalcomponent_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(pointer, kind)
        while let current = child {
            result.append(current)
            child = icalcomponent_get_next_component(pointer, kind)
        }
        return result
    }

    static func properties(of pointer: OpaquePointer, _ kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(pointer, kind)
        while let current = property {
            result.append(current)
            property = icalcomponent_get_next_property(pointer, kind)
        }
        return result
    }
}
