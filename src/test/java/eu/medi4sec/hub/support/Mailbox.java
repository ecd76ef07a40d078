package eu.medi4sec.hub.support;

import eu.medi4sec.hub.common.Letter;
import eu.medi4sec.hub.common.MailOut;
import io.quarkus.arc.Arc;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the app has written instead of sending (no SMTP in tests): the tests' way to read a delegate's email. */
public final class Mailbox {

    private static final Pattern KEY = Pattern.compile("#key=([A-Za-z0-9_-]{43})");

    private Mailbox() {}

    public static List<Letter> sentTo(String email) {
        return Arc.container().instance(MailOut.class).get().writtenTo(email);
    }

    public static Letter latestTo(String email) {
        List<Letter> mails = sentTo(email);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail was sent to " + email);
        }
        return mails.get(mails.size() - 1);
    }

    /** The personal key in the latest email to this address that carries one. */
    public static String latestPersonalKey(String email) {
        List<Letter> mails = sentTo(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher key = KEY.matcher(mails.get(i).text());
            if (key.find()) {
                return key.group(1);
            }
        }
        throw new AssertionError("No personal link was sent to " + email + " (" + mails.size() + " mails)");
    }
}
