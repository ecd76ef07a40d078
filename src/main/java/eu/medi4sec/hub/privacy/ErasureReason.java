package eu.medi4sec.hub.privacy;

/** Why a delegate's personal data was erased. */
public enum ErasureReason {
    /** They asked, through their personal link. */
    SELF,
    /** Their workshop ended longer ago than its retention period. */
    RETENTION
}
