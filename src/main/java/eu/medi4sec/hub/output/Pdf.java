package eu.medi4sec.hub.output;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Prints an XHTML document (one of our HTML templates) to PDF with openhtmltopdf on PDFBox. DejaVu Sans
 * is embedded (subset), so Polish, Greek and Bulgarian text reads the same on every machine; the HTML
 * templates ask for the family "DejaVu Sans".
 */
@ApplicationScoped
public class Pdf {

    public static final String FONT = "DejaVu Sans";

    public byte[] fromHtml(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream font(String file) {
        return Pdf.class.getClassLoader().getResourceAsStream("fonts/" + file);
    }
}
