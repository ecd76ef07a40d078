package eu.medi4sec.hub.report;

import eu.medi4sec.hub.output.Format;
import eu.medi4sec.hub.output.Pdf;
import eu.medi4sec.hub.output.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Prints a {@link WorkshopReport} as HTML ({@code templates/report/workshop.html}, well-formed XHTML),
 * Markdown ({@code templates/report/workshop.md}) or PDF (the same HTML, printed by {@link Pdf}).
 *
 * <p>The stylesheet ({@code templates/report/report.css}) goes into the page as it is, in one
 * {@code <style>} element: the Content-Security-Policy allows exactly that element by its SHA-256 hash,
 * so that the report's preview in the SPA (an iframe that inherits the SPA's policy) is styled while no
 * other inline style or script is. Change the stylesheet and the hash in application.properties with it
 * ({@code WorkshopReportTest} says when they differ).
 */
@ApplicationScoped
class ReportDocuments {

    static final String STYLESHEET = "templates/report/report.css";

    private final Templates templates;
    private final Pdf pdf;
    private final String css = read(STYLESHEET);

    ReportDocuments(Templates templates, Pdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The document in the format asked for: a String (HTML, Markdown) or bytes (PDF). */
    Object render(WorkshopReport report, Format format) {
        return switch (format) {
            case HTML -> html(report);
            case MD -> templates.render("report/workshop.md", Map.of("report", report));
            case PDF -> pdf.fromHtml(html(report));
            default -> throw new IllegalArgumentException("A workshop report is not made as " + format);
        };
    }

    String html(WorkshopReport report) {
        return templates.render("report/workshop.html", Map.of("report", report, "css", css));
    }

    static String read(String resource) {
        try (InputStream in = ReportDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
