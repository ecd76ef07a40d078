package eu.medi4sec.hub.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The rendering parts every output uses: escaping in HTML and Markdown, and PDF in every EU script. */
class DocumentsTest {

    private final Templates templates = new Templates();
    private final Pdf pdf = new Pdf();

    @Test
    void htmlEscapesWhatUsersWrote() {
        String html = templates.render(
                "test/sample.html", Map.of("title", "Report", "text", "<img src=x onerror=alert(1)> & \"q\""));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"), html);
        assertFalse(html.contains("<img"));
    }

    @Test
    void markdownEscapesMarkupAndLineBreaks() {
        String md = templates.render(
                "test/sample.md", Map.of("title", "Report", "text", "*bold* [x](javascript:alert(1))\n# heading <b>"));
        assertTrue(md.contains("> \\*bold\\* \\[x\\](javascript:alert(1)) \\# heading \\<b\\>"), md);
    }

    @Test
    void pdfEmbedsAFontForPolishGreekAndBulgarian() throws IOException {
        String text = "Zażółć gęślą jaźń — Ελληνικά κείμενα — Българският текст";
        byte[] bytes = pdf.fromHtml(templates.render("test/sample.html", Map.of("title", "Wynik", "text", text)));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(document);
            assertTrue(extracted.contains("Zażółć gęślą jaźń"), extracted);
            assertTrue(extracted.contains("Ελληνικά κείμενα"), extracted);
            assertTrue(extracted.contains("Българският текст"), extracted);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }
}
