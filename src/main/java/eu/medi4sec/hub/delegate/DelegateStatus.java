package eu.medi4sec.hub.delegate;

public enum DelegateStatus {
    INVITED,
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    DECLINED
}
