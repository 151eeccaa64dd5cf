/// Which side of the ocean a country is on: crossing it costs a travel day each way.
package enum Continent: Hashable {
    case northAmerica, europe, africa, other(String)

    package init(country: String) {
        switch country.uppercased() {
        case "CA", "US", "MX", "PM": self = .northAmerica
        case "BE", "FR", "LU", "CH", "DE", "NL", "IT", "ES", "PT", "GB", "IE", "AT", "MC", "PL", "CZ", "DK", "SE", "NO", "FI":
            self = .europe
        case "TN", "MA", "DZ", "SN", "CI", "CM", "BF", "ML", "NE", "BJ", "TG", "CD", "CG", "GA", "MG", "RW", "BI":
            self = .africa
        default: self = .other(country.uppercased())
        }
    }
}
