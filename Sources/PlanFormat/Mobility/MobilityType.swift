import Bilingual

/// A kind of stay under an exchange programme, with the length rules of Erasmus+ KA171
/// (international mobility with partner countries such as Canada).
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

    public var name: LocalizedText {
        switch self {
        case .studentSemester: return LocalizedText(fr: "Séjour d'études d'un trimestre", en: "One-term study exchange")
        case .studentYear: return LocalizedText(fr: "Séjour d'études d'une année", en: "Full-year study exchange")
        case .doctoralShort: return LocalizedText(fr: "Court séjour doctoral", en: "Short doctoral stay")
        case .staffTeaching: return LocalizedText(fr: "Mobilité d'enseignement (personnel)", en: "Staff teaching mobility")
        case .staffTraining: return LocalizedText(fr: "Mobilité de formation (personnel)", en: "Staff training mobility")
        }
    }

    /// Students (semester, year, doctoral) rather than staff.
    public var isStudent: Bool { self == .studentSemester || self == .studentYear || self == .doctoralShort }

    /// Exchanges whose dates are the host's terms (and so have nomination and application deadlines).
    public var followsTerms: Bool { self == .studentSemester || self == .studentYear }

    /// Days a stay of this type may last, travel excluded (KA171: students 2-12 months, short
    /// doctoral 5-30 days, staff 5 days to 2 months).
    public var stayDays: ClosedRange<Int> {
        switch self {
        case .studentSemester, .studentYear: return 60...365
        case .doctoralShort: return 5...30
        case .staffTeaching, .staffTraining: return 5...60
        }
    }

    /// Travel days funded on top of the stay (KA171 staff: up to 2).
    public var travelDays: Int {
        switch self {
        case .staffTeaching, .staffTraining: return 2
        default: return 0
        }
    }

    public static func < (lhs: MobilityType, rhs: MobilityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
