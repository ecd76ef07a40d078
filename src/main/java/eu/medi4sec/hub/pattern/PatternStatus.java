package eu.medi4sec.hub.pattern;

enum PatternStatus {
    DRAFT,
    PUBLISHED
}
