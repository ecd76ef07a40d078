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

    static {
        // openhtmltopdf logs five INFO lines of its own for every document; warnings and errors still show.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

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
        try (java.io.InputStream in = Pdf.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            return new java.io.ByteArrayInputStream(withoutGlyphSubstitution(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table (glyph substitutions: ligatures, contextual forms) hidden from PDFBox,
     * which otherwise applies it to every run of text it measures and draws, with regular expressions
     * compiled each time: that doubled the time a long report took to print. Latin, Greek and Cyrillic
     * text needs no substitution (DejaVu Sans draws them from precomposed glyphs), and the subset that is
     * embedded never carried the table anyway. Only the table's name in the font's directory changes.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (ttf[entry] == 'G' && ttf[entry + 1] == 'S' && ttf[entry + 2] == 'U' && ttf[entry + 3] == 'B') {
                ttf[entry] = 'x';
            }
        }
        return ttf;
    }
}
