/// A parameter of a content line: `NAME=value[,value…]`, quotes removed.
struct Parameter {
    var name: String
    var values: [String]
}

/// A parsed content line.
struct Property {
    /// Upper-cased name.
    var name: String
    var parameters: [Parameter]
    /// The raw value (escapes kept).
    var value: String
    /// The unfolded line and where the value starts in it.
    var line: LogicalLine
    var valueStart: Int

    var lineNumber: Int { line.firstLine }

    /// The first value of a parameter, or nil.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.values.first
    }

    /// The physical line of an offset in the value.
    func line(atValueOffset offset: Int) -> Int {
        line.line(at: valueStart + offset)
    }
}

/// A component between BEGIN and END.
final class Component {
    let name: String
    let beginLine: Int
    var properties: [Property] = []
    var children: [Component] = []

    init(name: String, beginLine: Int) {
        self.name = name
        self.beginLine = beginLine
    }

    func all(_ name: String) -> [Property] {
        properties.filter { $0.name == name }
    }

    func first(_ name: String) -> Property? {
        properties.first { $0.name == name }
    }

    func count(_ name: String) -> Int {
        var count = 0
        for property in properties where property.name == name { count += 1 }
        return count
    }
}

extension Linter {
    /// Parses `NAME *(;PARAM=VALUE *(,VALUE)) : VALUE`; reports and returns nil when malformed.
    mutating func parse(_ line: LogicalLine) -> Property? {
        let b = line.bytes
        let n = b.count
        var p = 0
        while p < n, isNameByte(b[p]) { p += 1 }
        if p == 0 {
            report(.malformedLine, line.firstLine, "content line does not start with a property name")
            return nil
        }
        let name = upperASCII(b, 0, p)
        var parameters: [Parameter] = []
        while p < n, b[p] == 0x3B {
            p += 1
            let nameStart = p
            while p < n, isNameByte(b[p]) { p += 1 }
            guard p > nameStart, p < n, b[p] == 0x3D else {
                report(.malformedLine, line.line(at: min(p, max(n - 1, 0))), "\(name): malformed parameter (expected NAME=VALUE)")
                return nil
            }
            let parameterName = upperASCII(b, nameStart, p)
            p += 1
            var values: [String] = []
            while true {
                if p < n, b[p] == 0x22 {
                    p += 1
                    let valueStart = p
                    while p < n, b[p] != 0x22 { p += 1 }
                    guard p < n else {
                        report(.malformedLine, line.line(at: valueStart), "\(name): unterminated quoted parameter value")
                        return nil
                    }
                    values.append(string(b, valueStart, p))
                    p += 1
                } else {
                    let valueStart = p
                    while p < n, b[p] != 0x2C, b[p] != 0x3B, b[p] != 0x3A, b[p] != 0x22 { p += 1 }
                    values.append(string(b, valueStart, p))
                }
                if p < n, b[p] == 0x2C { p += 1 } else { break }
            }
            parameters.append(Parameter(name: parameterName, values: values))
        }
        guard p < n, b[p] == 0x3A else {
            report(.malformedLine, line.line(at: min(p, max(n - 1, 0))), "\(name): missing ':' before the value")
            return nil
        }
        return Property(name: name, parameters: parameters, value: string(b, p + 1, n), line: line, valueStart: p + 1)
    }

    /// Groups properties into components; checks BEGIN/END balance.
    mutating func buildTree(_ properties: [Property]) -> [Component] {
        var calendars: [Component] = []
        var stack: [Component] = []
        for property in properties {
            switch property.name {
            case "BEGIN":
                let name = property.value.uppercased()
                let component = Component(name: name, beginLine: property.lineNumber)
                if let parent = stack.last {
                    parent.children.append(component)
                } else {
                    if name != "VCALENDAR" {
                        report(.beginEnd, property.lineNumber, "BEGIN:\(property.value) outside VCALENDAR")
                    } else if !calendars.isEmpty {
                        report(.beginEnd, property.lineNumber, "a second VCALENDAR in the same feed")
                    }
                    if name == "VCALENDAR" { calendars.append(component) }
                }
                stack.append(component)
            case "END":
                let name = property.value.uppercased()
                guard let top = stack.last else {
                    report(.beginEnd, property.lineNumber, "END:\(property.value) without BEGIN")
                    continue
                }
                if top.name == name {
                    stack.removeLast()
                } else if let index = stack.lastIndex(where: { $0.name == name }) {
                    for open in stack[(index + 1)...].reversed() {
                        report(
                            .beginEnd, open.beginLine,
                            "BEGIN:\(open.name) is not closed before END:\(property.value) on line \(property.lineNumber)")
                    }
                    stack.removeSubrange(index...)
                } else {
                    report(
                        .beginEnd, property.lineNumber, "END:\(property.value) does not match BEGIN:\(top.name) on line \(top.beginLine)")
                }
            default:
                if let top = stack.last {
                    top.properties.append(property)
                } else {
                    report(.beginEnd, property.lineNumber, "\(property.name) outside any component")
                }
            }
        }
        for open in stack.reversed() {
            report(.beginEnd, open.beginLine, "BEGIN:\(open.name) is never closed")
        }
        if calendars.isEmpty {
            report(.beginEnd, 1, "no BEGIN:VCALENDAR")
        }
        return calendars
    }
}

@inline(__always)
func string(_ b: [UInt8], _ from: Int, _ to: Int) -> String {
    String(decoding: b[from..<to], as: UTF8.self)
}

func upperASCII(_ b: [UInt8], _ from: Int, _ to: Int) -> String {
    var out = [UInt8]()
    out.reserveCapacity(to - from)
    for i in from..<to {
        let c = b[i]
        out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
    }
    return String(decoding: out, as: UTF8.self)
}
