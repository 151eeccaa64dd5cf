import CivilTime

/// The tabular (arithmetical) Islamic calendar: months of 30 and 29 days in turn, the twelfth of
/// 30 days in 11 leap years of each 30-year cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29),
/// counted from 1 Muharram 1 AH = 16 July 622 (Julian), as in Reingold and Dershowitz's
/// *Calendrical Calculations*.
///
/// It is an estimate: the religious holidays of Tunisia and of most countries are fixed by the
/// sighting of the crescent (or an astronomical rule), announced a few days before, and fall on the
/// tabular date or one day either side of it (two in rare years). Dates it gives are always estimated.
public enum TabularHijri {
    /// 1 Muharram 1 AH, in days since 1970-01-01 (R.D. 227,015 less R.D. 719,163).
    static let epochDaysSince1970 = 227_015 - 719_163

    /// The civil date of `day` `month` `year` AH (month 1–12, day 1–30; day 30 of a 29-day month
    /// is the first of the next).
    public static func date(year: Int, month: Int, day: Int) -> CivilDate {
        let days =
            epochDaysSince1970 - 1 + (year - 1) * 354 + floorDivision(3 + 11 * year, 30)
            + 29 * (month - 1) + month / 2 + day
        return CivilDate(daysSinceEpoch: days)
    }

    /// The Hijri year that `date` falls in.
    public static func year(of date: CivilDate) -> Int {
        let elapsed = date.daysSinceEpoch - epochDaysSince1970
        return floorDivision(30 * elapsed + 10_646, 10_631)
    }

    /// Every Hijri year whose `day` `month` falls in Gregorian `year` (one, or two in about one
    /// year in 33), with that date, earliest first.
    public static func occurrences(month: Int, day: Int, inGregorianYear year: Int) -> [(hijriYear: Int, date: CivilDate)] {
        let first = self.year(of: CivilDate(year: year, month: 1, day: 1)!)
        return (first - 1...first + 2).compactMap { hijri in
            let date = date(year: hijri, month: month, day: day)
            return date.year == year ? (hijri, date) : nil
        }
    }

    private static func floorDivision(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
