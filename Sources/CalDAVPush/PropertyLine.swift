/// An unfolded iCalendar content line read as `NAME;PARAM=VALUE…:VALUE` (RFC 5545 §3.1), with
/// quoted parameter values; the name upper-cased.
struct PropertyLine {
    var name: String
    var parameters: [String: String]
    var value: String

    init?(_ line: String) {
        var nameAndParameters: [String] = []
        var field = ""
        var quoted = false
        var valueStart: String.Index?
        for index in line.indices {
            let character = line[index]
            if character == "\"" {
                quoted.toggle()
            } else if !quoted, character == ";" {
                nameAndParameters.append(field)
                field = ""
                continue
            } else if !quoted, character == ":" {
                nameAndParameters.append(field)
                valueStart = line.index(after: index)
                break
            }
            if character != "\"" { field.append(character) }
        }
        guard let valueStart, let name = nameAndParameters.first, !name.isEmpty else { return nil }
        self.name = name.uppercased()
        var parameters: [String: String] = [:]
        for parameter in nameAndParameters.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            parameters[parameter[..<equals].uppercased()] = String(parameter[parameter.index(after: equals)...])
        }
        self.parameters = parameters
        self.value = String(line[valueStart...])
    }
}
