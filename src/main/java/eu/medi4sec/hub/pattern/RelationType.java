package eu.medi4sec.hub.pattern;

/** How one pattern stands to another. */
enum RelationType {
    COMPLEMENTS,
    SPECIALISES,
    CONFLICTS_WITH,
    PRECEDES
}
