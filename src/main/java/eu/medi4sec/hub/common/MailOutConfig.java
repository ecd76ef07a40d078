package eu.medi4sec.hub.common;

import io.smallrye.config.ConfigMapping;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.Optional;

/**
 * How {@link MailOut} sends mail. The values are in application.properties, which reads them from
 * WORKSHOP_HUB_MAIL_* and Quarkus Mailer's QUARKUS_MAILER_* variables.
 */
@ConfigMapping(prefix = "workshop-hub.mail")
public interface MailOutConfig {

    /** Write letters to the log instead of sending them (also when there is no host). */
    boolean mock();

    String from();

    Optional<String> host();

    Optional<Integer> port();

    Optional<String> username();

    Optional<String> password();

    /** SMTPS from the first byte (port 465 unless set). */
    boolean tls();

    StartTLSOptions startTls();
}
