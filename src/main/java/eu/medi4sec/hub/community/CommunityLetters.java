package eu.medi4sec.hub.community;

import eu.medi4sec.hub.common.Html;
import eu.medi4sec.hub.common.Letter;
import eu.medi4sec.hub.delegate.DelegateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a member is told by email: someone asks to be introduced, and their request was accepted. The
 * other member appears as the directory shows them, never with a hidden detail, and contacts are never
 * put in an email: they are in the app, for the two people only. Written in the deciding transaction,
 * sent once it commits.
 */
@ApplicationScoped
class CommunityLetters {

    private final Event<Letter> letters;
    private final String publicUrl;

    CommunityLetters(Event<Letter> letters, @ConfigProperty(name = "workshop-hub.public-url") String publicUrl) {
        this.letters = letters;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void asked(DelegateView recipient, MemberCard from, String message) {
        StringBuilder text = new StringBuilder()
                .append("Hello ")
                .append(recipient.name())
                .append(",\n\n")
                .append("A member of the MEDI@4SEC community would like to be introduced to you: ")
                .append(describe(from))
                .append(".\n");
        StringBuilder html = new StringBuilder()
                .append("<p>Hello ")
                .append(Html.escape(recipient.name()))
                .append(",</p><p>A member of the MEDI@4SEC community would like to be introduced to you: ")
                .append(Html.escape(describe(from)))
                .append(".</p>");
        if (message != null && !message.isBlank()) {
            text.append("\nTheir message:\n").append(message).append('\n');
            html.append("<p>Their message:</p><blockquote>")
                    .append(Html.escape(message).replace("\n", "<br>"))
                    .append("</blockquote>");
        }
        String how = "To accept or decline, open your personal link (from the email you got when you registered) and"
                + " choose Community, then Introductions. Your contact details are shared with them only if you accept.";
        text.append('\n').append(how).append("\n\n").append(inbox()).append("\n\nMEDI@4SEC Workshop Hub\n");
        html.append("<p>")
                .append(Html.escape(how))
                .append("</p><p><a href=\"")
                .append(Html.escape(inbox()))
                .append("\">Your introductions</a></p><p>MEDI@4SEC Workshop Hub</p>");
        letters.fire(new Letter(
                recipient.email(),
                "Someone in the MEDI@4SEC community would like to meet you",
                text.toString(),
                html.toString(),
                null));
    }

    void accepted(DelegateView requester, MemberCard by) {
        String message = describe(by) + " accepted your request to be introduced. You can now see how to reach"
                + " each other under Community, Introductions.";
        letters.fire(new Letter(
                requester.email(),
                "Your introduction was accepted",
                "Hello " + requester.name() + ",\n\n" + message + "\n\n" + inbox() + "\n\nMEDI@4SEC Workshop Hub\n",
                "<p>Hello " + Html.escape(requester.name()) + ",</p><p>" + Html.escape(message) + "</p><p><a href=\""
                        + Html.escape(inbox()) + "\">Your introductions</a></p><p>MEDI@4SEC Workshop Hub</p>",
                null));
    }

    private String inbox() {
        return publicUrl + "/community/introductions";
    }

    /** A member in the words of their card: only what they show. */
    static String describe(MemberCard card) {
        List<String> parts = new ArrayList<>();
        if (card.organisation() != null) {
            parts.add(card.organisation());
        }
        if (card.sector() != null) {
            parts.add(Matchmaker.sectorWords(card.sector()));
        }
        if (card.country() != null) {
            parts.add(card.country());
        }
        String who = card.name() != null ? card.name() : "member " + card.id();
        return parts.isEmpty() ? who : who + " (" + String.join(", ", parts) + ")";
    }
}
