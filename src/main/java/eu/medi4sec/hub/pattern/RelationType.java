package eu.medi4sec.hub.pattern;

/** How one pattern stands to another. */
public enum RelationType {
    COMPLEMENTS,
    SPECIALISES,
    CONFLICTS_WITH,
    PRECEDES
}
