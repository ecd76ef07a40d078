package eu.medi4sec.hub.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends {@link Letter}s after their transaction commits (never for a decision that rolled back). With
 * the mock mailer (no SMTP configured: dev, demo, tests, and any run without WORKSHOP_HUB_MAIL_MOCK=false)
 * the mock mailer writes each letter to the log instead ("Sending email …", text body and links
 * included), so nothing is lost in development.
 */
@ApplicationScoped
public class MailOut {

    private static final Logger LOG = Logger.getLogger(MailOut.class);

    private final Mailer mailer;
    private final boolean mock;

    MailOut(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        this.mailer = mailer;
        this.mock = mock;
    }

    void announce(@Observes StartupEvent started) {
        if (mock) {
            LOG.info(
                    "Mail is not sent but written to this log (quarkus.mailer.mock). To send it, set QUARKUS_MAILER_HOST "
                            + "(and QUARKUS_MAILER_*) and WORKSHOP_HUB_MAIL_MOCK=false.");
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
        Mail mail = Mail.withText(letter.to(), letter.subject(), letter.text()).setHtml(letter.html());
        if (letter.calendar() != null) {
            mail.addAttachment(
                    "workshop.ics", letter.calendar().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8");
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            // The decision is committed; the person can ask again (registering again resends the link).
            LOG.errorf(e, "Could not send the mail '%s' to %s", letter.subject(), letter.to());
        }
    }
}
