package eu.medi4sec.hub.workshop;

/**
 * How much of a note's author others may see. CHATHAM_HOUSE (the default): the content may be used,
 * identity and affiliation never, so only the author's sector shows.
 */
public enum Attribution {
    ATTRIBUTED,
    CHATHAM_HOUSE,
    ANONYMOUS
}
