package eu.medi4sec.hub.community;

/** Where a request to be introduced stands. Only the recipient moves it, once. */
public enum IntroductionStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
