package eu.medi4sec.hub.note;

public enum NoteKind {
    INSIGHT,
    GOOD_PRACTICE,
    CONCERN,
    QUESTION,
    IDEA,
    /** A rapporteur's note of the discussion: staff only. */
    DISCUSSION
}
