package eu.medi4sec.hub.technology;

/** How far public security bodies have got with a kind of technology. */
public enum Maturity {
    /** Discussed or researched; little use in practice yet. */
    EMERGING,
    /** Tried in pilots by some agencies. */
    PILOTED,
    /** In routine use by many agencies. */
    ESTABLISHED
}
