package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.Html;
import eu.medi4sec.hub.common.Letter;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.session.CalendarExport;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a delegate is told by email: their personal link (on registering, registering again, or when
 * staff issue a new one), a place freed for them on the waitlist, and a cancellation. Written while the
 * decision's transaction is open and sent once it commits. Times are in the workshop's time zone.
 */
@ApplicationScoped
class DelegateLetters {

    private static final Logger LOG = Logger.getLogger(DelegateLetters.class);

    private final Event<Letter> letters;
    private final CalendarExport calendars;
    private final String publicUrl;

    DelegateLetters(
            Event<Letter> letters,
            CalendarExport calendars,
            @ConfigProperty(name = "workshop-hub.public-url") String publicUrl) {
        this.letters = letters;
        this.calendars = calendars;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** After registering (again: {@code again}); the personal link and the workshop's calendar. */
    void registered(Delegate delegate, WorkshopView workshop, String key, boolean again) {
        String place = delegate.status == DelegateStatus.WAITLISTED
                ? "The workshop is full, so you are on the waitlist. You get a place automatically as soon as one frees up, and we will tell you."
                : switch (delegate.status) {
                    case REGISTERED -> "You have a place.";
                    case INVITED -> "You are invited: open your personal link to confirm or decline.";
                    case CANCELLED -> "Your registration was cancelled.";
                    case DECLINED -> "You declined the invitation.";
                    default -> "";
                };
        String opening = again
                ? "You (or someone who knows your email address) asked to register again for this workshop. You were already registered, so here is a new personal link; the earlier one no longer works."
                : "Thank you for registering.";
        String subject = (delegate.status == DelegateStatus.WAITLISTED
                        ? "You are on the waitlist for "
                        : "Your personal link for ")
                + workshop.title();
        send(delegate, workshop, subject, opening + " " + place, key, calendar(workshop));
    }

    /** Staff issued a new personal link. */
    void reissued(Delegate delegate, WorkshopView workshop, String key) {
        send(
                delegate,
                workshop,
                "A new personal link for " + workshop.title(),
                "The organisers issued you a new personal link; the earlier one no longer works.",
                key,
                null);
    }

    void promoted(Delegate delegate, WorkshopView workshop) {
        send(
                delegate,
                workshop,
                "A place is yours at " + workshop.title(),
                "A place freed up and it is now yours: you are registered. Your personal link (in the email you got when you registered) shows it.",
                null,
                null);
    }

    void cancelled(Delegate delegate, WorkshopView workshop) {
        send(
                delegate,
                workshop,
                "Your place at " + workshop.title() + " is cancelled",
                "Your registration for this workshop is cancelled. If this is a mistake, ask the organisers.",
                null,
                null);
    }

    /** The workshop's calendar, or none: a calendar that cannot be made must not stop a registration. */
    private String calendar(WorkshopView workshop) {
        try {
            return calendars.calendar(workshop.id());
        } catch (RuntimeException | LinkageError e) {
            LOG.warnf(e, "Could not make the calendar of workshop %d for an email; sending it without", workshop.id());
            return null;
        }
    }

    private void send(
            Delegate delegate, WorkshopView workshop, String subject, String message, String key, String calendar) {
        String when = Times.readableSpan(workshop.startsAt(), workshop.endsAt(), workshop.timeZone());
        String where = workshop.venue() != null ? workshop.venue() : workshop.onlineUrl();
        String link = key == null ? null : publicUrl + PersonalKeys.link(key);

        StringBuilder text = new StringBuilder()
                .append("Hello ")
                .append(delegate.name)
                .append(",\n\n")
                .append(message)
                .append("\n\n")
                .append(workshop.title())
                .append('\n')
                .append("When: ")
                .append(when)
                .append('\n');
        StringBuilder html = new StringBuilder()
                .append("<p>Hello ")
                .append(Html.escape(delegate.name))
                .append(",</p>")
                .append("<p>")
                .append(Html.escape(message))
                .append("</p>")
                .append("<p><strong>")
                .append(Html.escape(workshop.title()))
                .append("</strong><br>")
                .append("When: ")
                .append(Html.escape(when));
        if (where != null) {
            text.append("Where: ").append(where).append('\n');
            html.append("<br>Where: ").append(Html.escape(where));
        }
        html.append("</p>");
        if (link != null) {
            text.append("\nYour personal link: ")
                    .append(link)
                    .append("\n\n")
                    .append(
                            "It shows your registration, lets you cancel it, and lets you join the workshop. Keep it; do not share it.\n");
            html.append("<p><a href=\"")
                    .append(Html.escape(link))
                    .append("\">Open your personal link</a></p>")
                    .append(
                            "<p>It shows your registration, lets you cancel it, and lets you join the workshop. Keep it; do not share it.</p>");
        }
        if (calendar != null) {
            text.append("\nThe workshop's calendar is attached (workshop.ics).\n");
        }
        text.append("\nMEDI@4SEC Workshop Hub\n");
        html.append("<p>MEDI@4SEC Workshop Hub</p>");
        letters.fire(new Letter(delegate.email, subject, text.toString(), html.toString(), calendar));
    }
}
