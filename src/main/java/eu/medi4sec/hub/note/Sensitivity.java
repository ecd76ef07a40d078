package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.ProblemException;

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

    /**
     * The label a client named in {@code field}; an unknown label is 422 naming the field (not Jackson's
     * 400 for an enum), so that every wrong label gets the same answer.
     */
    static Sensitivity of(String field, String value) {
        for (Sensitivity label : values()) {
            if (label.name().equals(value)) {
                return label;
            }
        }
        throw ProblemException.invalid(
                field,
                "'" + value + "' is not a sensitivity label. Use one of: NONE, PERSONAL_DATA, OPERATIONAL, "
                        + "RESTRICTED.");
    }
}
