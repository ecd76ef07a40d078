package eu.medi4sec.hub.common;

/**
 * An email to one person, fired as a CDI event inside the transaction that decided it; {@link MailOut}
 * sends it only once that transaction has committed. {@code calendar} (an iCalendar text) is attached
 * when present.
 */
public record Letter(String to, String subject, String text, String html, String calendar) {}
