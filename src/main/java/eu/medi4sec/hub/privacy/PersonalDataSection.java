package eu.medi4sec.hub.privacy;

/**
 * A feature's part of a delegate's data export ("download my data"). Each feature that keeps
 * something about a delegate provides one {@code @ApplicationScoped} bean; the export collects them
 * all, so a new feature adds its part without the export knowing it.
 *
 * <p>A section returns only what is about this delegate: never another person's name, email or
 * organisation.
 */
public interface PersonalDataSection {

    /** The section's key in the export, e.g. "notes". */
    String name();

    /** What is held about this delegate, as something Jackson writes (records, lists, maps); empty list if nothing. */
    Object collect(long delegateId);
}
