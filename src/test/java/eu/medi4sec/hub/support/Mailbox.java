package eu.medi4sec.hub.support;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the mock mailer has sent: the tests' way to get what a delegate gets by email. */
public final class Mailbox {

    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9_-]{43})");

    private Mailbox() {}

    public static List<Mail> sentTo(String email) {
        List<Mail> mails = Arc.container().instance(MockMailbox.class).get().getMailsSentTo(email);
        return mails == null ? List.of() : mails;
    }

    public static Mail latestTo(String email) {
        List<Mail> mails = sentTo(email);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail was sent to " + email);
        }
        return mails.get(mails.size() - 1);
    }

    /** The personal key in the latest email to this address that carries one. */
    public static String latestPersonalKey(String email) {
        List<Mail> mails = sentTo(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher key = KEY.matcher(mails.get(i).getText());
            if (key.find()) {
                return key.group(1);
            }
        }
        throw new AssertionError("No personal link was sent to " + email + " (" + mails.size() + " mails)");
    }
}
