package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.output.Pdf;
import eu.medi4sec.hub.output.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link Document} as HTML (XHTML, also printed to PDF) and Markdown, through Qute with escaping on. */
@ApplicationScoped
class Renderer {

    static final String HTML = "publication/publication.html";
    static final String MD = "publication/publication.md";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private final Templates templates;
    private final Pdf pdf;
    private volatile String styleHash;

    Renderer(Templates templates, Pdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    String html(Document document) {
        return templates.render(HTML, data(document));
    }

    String markdown(Document document) {
        return templates.render(MD, data(document));
    }

    byte[] pdf(Document document) {
        return pdfFromHtml(html(document));
    }

    byte[] pdfFromHtml(String html) {
        return pdf.fromHtml(html);
    }

    /** The line under the title: which version, or that this is a preview. */
    static String status(Document document) {
        if (document.version() == null) {
            return "Preview, not published (assembled "
                    + DAY.format(document.assembledAt().atZone(ZoneOffset.UTC)) + ")";
        }
        return "Version " + document.version() + ", published "
                + DAY.format(document.publishedAt().atZone(ZoneOffset.UTC));
    }

    /**
     * The Content-Security-Policy for the HTML documents: no scripts, nothing loaded, only the document's
     * own stylesheet (by its hash), so that even a browser opening the file directly runs nothing.
     */
    String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + styleHash() + "'; img-src data:; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'";
    }

    /** The CSP source ("sha256-…") of the HTML template's one stylesheet. */
    String styleHash() {
        if (styleHash == null) {
            styleHash = hashOfStyle();
        }
        return styleHash;
    }

    private String hashOfStyle() {
        Matcher matcher = STYLE.matcher(html(Samples.EMPTY));
        if (!matcher.find()) {
            throw new IllegalStateException("The publication template has no <style> element.");
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(matcher.group(1).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> data(Document document) {
        return Map.of("doc", document, "status", status(document));
    }

    /** A document with nothing in it, for the stylesheet's hash. */
    static final class Samples {
        static final Document EMPTY = new Document(
                "",
                "",
                PublicationKind.BEST_PRACTICE_REPORT,
                "",
                "",
                java.util.List.of(),
                java.util.List.of(),
                null,
                null,
                java.time.Instant.EPOCH,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of());

        private Samples() {}
    }
}
