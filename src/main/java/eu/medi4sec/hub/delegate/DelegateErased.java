package eu.medi4sec.hub.delegate;

/**
 * A delegate's personal data has been erased at their request (or by retention). Fired synchronously
 * inside the erasing transaction, so that every feature holding data about the person removes it in the
 * same commit.
 */
public record DelegateErased(long delegateId, long workshopId) {}
