package eu.medi4sec.hub.note;

/**
 * What may leave the room. Anything but {@link #NONE} keeps a note out of every publication, public page
 * and export made for a non-admin; staff reports only count it as withheld.
 */
public enum Sensitivity {
    NONE,
    /** Names, contact details or other personal data. */
    PERSONAL_DATA,
    /** Tactics or operational details that must not leave the room. */
    OPERATIONAL,
    /** Not for any publication (a delegate may choose this when sending). */
    RESTRICTED;

    public boolean publishable() {
        return this == NONE;
    }
}
