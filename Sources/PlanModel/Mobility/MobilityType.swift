import Bilingual

/// A kind of stay under an exchange programme.
///
/// Two families, never mixed in one programme:
/// - **university stays** (`student-semester`, `student-year`, `doctoral-short`,
///   `staff-teaching`, `staff-training`) follow the institutions' academic calendars, with the
///   length rules of Erasmus+ KA171 (international mobility with partner countries such as
///   Canada);
/// - **stays outside academia** (`youth-internship`, `youth-exchange`, `staff-exchange`) follow
///   the programme's own seasons (`periods:`), or any time of its years, and need no academic
///   calendar: youth mobility France–Québec (the OFQJ's internships and exchanges for
///   18–35-year-olds), staff exchanges between local governments (seed 004).
public enum MobilityType: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
    /// A student spending one term (semester) at the host.
    case studentSemester = "student-semester"
    /// A student spending the host's whole academic year.
    case studentYear = "student-year"
    /// A short doctoral stay: 5 to 30 days.
    case doctoralShort = "doctoral-short"
    /// A staff member teaching at the host: 5 days to 2 months, plus up to 2 travel days.
    case staffTeaching = "staff-teaching"
    /// A staff member training at the host: 5 days to 2 months, plus up to 2 travel days.
    case staffTraining = "staff-training"
    /// A young person (18–35 in the OFQJ's programmes) on a work placement at the host: 2 to 6 months.
    case youthInternship = "youth-internship"
    /// A young person on a short exchange (a group visit, a delegation, an event): 5 to 30 days,
    /// plus up to 2 travel days.
    case youthExchange = "youth-exchange"
    /// A staff member of a local government working at its partner's: 5 days to 2 months, plus up to 2 travel days.
    case staffExchange = "staff-exchange"

    /// The university stays, in order: what a direction offers when nobody says otherwise.
    public static let academic: [MobilityType] = [.studentSemester, .studentYear, .doctoralShort, .staffTeaching, .staffTraining]

    /// The stays outside academia, in order.
    public static let outsideAcademia: [MobilityType] = [.youthInternship, .youthExchange, .staffExchange]

    public var name: LocalizedText {
        switch self {
        case .studentSemester: return LocalizedText(fr: "Séjour d'études d'un trimestre", en: "One-term study exchange")
        case .studentYear: return LocalizedText(fr: "Séjour d'études d'une année", en: "Full-year study exchange")
        case .doctoralShort: return LocalizedText(fr: "Court séjour doctoral", en: "Short doctoral stay")
        case .staffTeaching: return LocalizedText(fr: "Mobilité d'enseignement (personnel)", en: "Staff teaching mobility")
        case .staffTraining: return LocalizedText(fr: "Mobilité de formation (personnel)", en: "Staff training mobility")
        case .youthInternship: return LocalizedText(fr: "Stage professionnel de jeune", en: "Youth internship")
        case .youthExchange: return LocalizedText(fr: "Échange de jeunes", en: "Youth exchange")
        case .staffExchange:
            return LocalizedText(fr: "Échange de personnel entre collectivités", en: "Staff exchange between local governments")
        }
    }

    /// Follows the institutions' academic calendars (terms, teaching periods, academic years).
    public var usesAcademicCalendar: Bool { Self.academic.contains(self) }

    /// Students (semester, year, doctoral) rather than staff.
    public var isStudent: Bool { self == .studentSemester || self == .studentYear || self == .doctoralShort }

    /// Exchanges whose dates are the host's terms (and so have nomination and application deadlines).
    public var followsTerms: Bool { self == .studentSemester || self == .studentYear }

    /// Days a stay of this type may last, travel excluded, unless the programme sets its own
    /// (`lengths:`, for stays outside academia). Where each bound comes from:
    /// - university stays: Erasmus+ KA171 (students 2-12 months, short doctoral 5-30 days,
    ///   staff 5 days to 2 months);
    /// - `youth-internship`: 60 to 183 days, the "stages de 2 à 6 mois" the OFQJ runs with
    ///   France Travail for 18–35-year-olds (ofqj.org, 2025);
    /// - `youth-exchange`: 5 to 30 days, a working default (the OFQJ publishes no rule; its
    ///   group exchanges last days to weeks);
    /// - `staff-exchange`: 5 to 60 days, a working default modelled on KA171 staff mobility
    ///   (seed 004 asks to revive staff exchanges between local governments and sets no length).
    public var stayDays: ClosedRange<Int> {
        switch self {
        case .studentSemester, .studentYear: return 60...365
        case .doctoralShort: return 5...30
        case .staffTeaching, .staffTraining: return 5...60
        case .youthInternship: return 60...183
        case .youthExchange: return 5...30
        case .staffExchange: return 5...60
        }
    }

    /// Travel days on top of the stay: KA171 funds up to 2 for staff; short stays across the
    /// ocean outside academia count one each way too, as the plan counts missions (a working
    /// default). None for long stays, whose travel falls inside them.
    public var travelDays: Int {
        switch self {
        case .staffTeaching, .staffTraining, .youthExchange, .staffExchange: return 2
        default: return 0
        }
    }

    public static func < (lhs: MobilityType, rhs: MobilityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
