package eu.medi4sec.hub.pattern;

public enum PatternStatus {
    DRAFT,
    PUBLISHED
}
