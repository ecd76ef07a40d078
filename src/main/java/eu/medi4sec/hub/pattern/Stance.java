package eu.medi4sec.hub.pattern;

public enum Stance {
    SUPPORTS,
    CONTRADICTS
}
