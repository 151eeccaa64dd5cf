import CLibical

/// The model's enumerations as libical's, both ways.
extension Event.Status {
    var libical: icalproperty_status {
        switch self {
        case .tentative: return ICAL_STATUS_TENTATIVE
        case .confirmed: return ICAL_STATUS_CONFIRMED
        case .cancelled: return ICAL_STATUS_CANCELLED
        }
    }

    init?(_ status: icalproperty_status) {
        switch status {
        case ICAL_STATUS_TENTATIVE: self = .tentative
        case ICAL_STATUS_CONFIRMED: self = .confirmed
        case ICAL_STATUS_CANCELLED: self = .cancelled
        default: return nil
        }
    }
}

extension Event.Classification {
    var libical: icalproperty_class {
        switch self {
        case .public: return ICAL_CLASS_PUBLIC
        case .private: return ICAL_CLASS_PRIVATE
        case .confidential: return ICAL_CLASS_CONFIDENTIAL
        }
    }

    init?(_ classification: icalproperty_class) {
        switch classification {
        case ICAL_CLASS_PUBLIC: self = .public
        case ICAL_CLASS_PRIVATE: self = .private
        case ICAL_CLASS_CONFIDENTIAL: self = .confidential
        default: return nil
        }
    }
}

extension Event.Transparency {
    var libical: icalproperty_transp {
        switch self {
        case .opaque: return ICAL_TRANSP_OPAQUE
        case .transparent: return ICAL_TRANSP_TRANSPARENT
        }
    }

    init?(_ transparency: icalproperty_transp) {
        switch transparency {
        case ICAL_TRANSP_OPAQUE: self = .opaque
        case ICAL_TRANSP_TRANSPARENT: self = .transparent
        default: return nil
        }
    }
}

extension Participant.ParticipationStatus {
    var libical: icalparameter_partstat {
        switch self {
        case .needsAction: return ICAL_PARTSTAT_NEEDSACTION
        case .accepted: return ICAL_PARTSTAT_ACCEPTED
        case .declined: return ICAL_PARTSTAT_DECLINED
        case .tentative: return ICAL_PARTSTAT_TENTATIVE
        }
    }
}

extension Participant.Role {
    var libical: icalparameter_role {
        switch self {
        case .chair: return ICAL_ROLE_CHAIR
        case .required: return ICAL_ROLE_REQPARTICIPANT
        case .optional: return ICAL_ROLE_OPTPARTICIPANT
        case .nonParticipant: return ICAL_ROLE_NONPARTICIPANT
        }
    }
}
