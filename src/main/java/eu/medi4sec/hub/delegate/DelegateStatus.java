package eu.medi4sec.hub.delegate;

enum DelegateStatus {
    INVITED,
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    DECLINED
}
