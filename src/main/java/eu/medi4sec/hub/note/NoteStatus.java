package eu.medi4sec.hub.note;

public enum NoteStatus {
    /** Waiting for a facilitator's approval (pre-moderated workshops). */
    PENDING,
    VISIBLE,
    HIDDEN,
    /** Folded into another note, which carries its votes. */
    MERGED,
    /** Taken back by its author. */
    WITHDRAWN
}
