package eu.medi4sec.hub.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends {@link Letter}s after their transaction commits (never for a decision that rolled back), through
 * SMTP with Vert.x's mail client (the one Quarkus Mailer wraps: the Mailer extension itself cannot be
 * used here, see README "Mail"). Without SMTP (dev, demo, tests, and any run without
 * WORKSHOP_HUB_MAIL_MOCK=false) each letter is written to the log, link included, and kept in a small
 * mailbox the tests read, so nothing is lost in development.
 */
@ApplicationScoped
public class MailOut {

    private static final Logger LOG = Logger.getLogger(MailOut.class);
    /** Letters kept in the mock mailbox; older ones are still in the log. */
    private static final int KEPT = 1_000;

    private final boolean mock;
    private final String from;
    private final MailClient smtp;
    private final Deque<Letter> written = new ArrayDeque<>();

    MailOut(Vertx vertx, MailOutConfig settings) {
        Optional<String> host = settings.host();
        boolean tls = settings.tls();
        this.mock = settings.mock() || host.isEmpty();
        this.from = settings.from();
        if (this.mock) {
            this.smtp = null;
            return;
        }
        MailConfig config = new MailConfig()
                .setHostname(host.get())
                .setPort(settings.port().orElse(tls ? 465 : 25))
                .setSsl(tls)
                .setStarttls(settings.startTls());
        settings.username().ifPresent(name -> config.setUsername(name).setLogin(LoginOption.REQUIRED));
        settings.password().ifPresent(config::setPassword);
        this.smtp = MailClient.createShared(vertx, config, "workshop-hub");
    }

    void announce(@Observes StartupEvent started) {
        if (mock) {
            LOG.info("Mail is not sent but written to this log. To send it, set WORKSHOP_HUB_MAIL_MOCK=false and "
                    + "QUARKUS_MAILER_HOST (and QUARKUS_MAILER_PORT, _USERNAME, _PASSWORD, _TLS or _START_TLS).");
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Letter letter) {
        if (mock) {
            write(letter);
            return;
        }
        MailMessage message = new MailMessage()
                .setFrom(from)
                .setTo(letter.to())
                .setSubject(letter.subject())
                .setText(letter.text())
                .setHtml(letter.html());
        if (letter.calendar() != null) {
            message.setAttachment(List.of(MailAttachment.create()
                    .setName("workshop.ics")
                    .setContentType("text/calendar; charset=UTF-8")
                    .setData(Buffer.buffer(letter.calendar().getBytes(StandardCharsets.UTF_8)))));
        }
        // The decision is committed; if the mail fails the person can ask again (registering again resends the link).
        smtp.sendMail(message)
                .onFailure(e -> LOG.errorf(e, "Could not send the mail '%s' to %s", letter.subject(), letter.to()));
    }

    private void write(Letter letter) {
        LOG.infof(
                "Mail not sent (no SMTP): to %s, subject \"%s\"%s%n%s",
                letter.to(), letter.subject(), letter.calendar() != null ? ", with workshop.ics" : "", letter.text());
        synchronized (written) {
            written.addLast(letter);
            if (written.size() > KEPT) {
                written.removeFirst();
            }
        }
    }

    /** Letters written instead of sent to this address, oldest first (the mock mailbox; empty with SMTP). */
    public List<Letter> writtenTo(String email) {
        synchronized (written) {
            return written.stream().filter(l -> l.to().equalsIgnoreCase(email)).toList();
        }
    }
}
