package eu.medi4sec.hub.delegate;

/**
 * Fired synchronously inside the transaction that erases a delegate's personal data, after the
 * delegate's own fields are replaced: every feature that keeps something about the person removes it
 * here, so that the erasure commits or fails as one.
 */
public record DelegateErased(long delegateId, long workshopId) {}
