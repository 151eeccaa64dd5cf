/// Outlook writes Windows zone names as TZIDs ("Eastern Standard Time"); these are their IANA
/// equivalents (CLDR windowsZones, territory 001), for the zones of the partners and their neighbours.
enum WindowsTimeZones {
    static let ianaByWindowsName: [String: String] = [
        "Eastern Standard Time": "America/New_York",
        "Central Standard Time": "America/Chicago",
        "Mountain Standard Time": "America/Denver",
        "Pacific Standard Time": "America/Los_Angeles",
        "Atlantic Standard Time": "America/Halifax",
        "Newfoundland Standard Time": "America/St_Johns",
        "Romance Standard Time": "Europe/Paris",
        "W. Europe Standard Time": "Europe/Berlin",
        "Central Europe Standard Time": "Europe/Budapest",
        "Central European Standard Time": "Europe/Warsaw",
        "GMT Standard Time": "Europe/London",
        "Greenwich Standard Time": "Atlantic/Reykjavik",
        "UTC": "UTC",
        "Morocco Standard Time": "Africa/Casablanca",
        "W. Central Africa Standard Time": "Africa/Lagos",
        "Tunisia Standard Time": "Africa/Tunis",
    ]

    /// The IANA name for a TZID, or nil when it is neither IANA nor a known Windows name.
    static func iana(for tzid: String) -> String? {
        if let name = ianaByWindowsName[tzid] { return name }
        return tzid.contains("/") ? tzid : nil
    }
}
