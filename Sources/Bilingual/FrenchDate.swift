import CivilTime

/// « 28 octobre 1999 ».
public enum FrenchDate {
    package static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ]
    package static let weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    public static func long(_ date: CivilDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(months[date.month - 1]) \(date.year)"
    }

    public static func weekday(_ date: CivilDate) -> String { weekdays[date.weekday.rawValue - 1] }
}

/// "28 October 1999".
public enum EnglishDate {
    package static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
    package static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public static func long(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    public static func weekday(_ date: CivilDate) -> String { weekdays[date.weekday.rawValue - 1] }
}
