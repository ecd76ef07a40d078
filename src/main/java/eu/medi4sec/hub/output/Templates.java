package eu.medi4sec.hub.output;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Qute, the engine of Quarkus' own templates, used as a library: templates live in
 * {@code src/main/resources/templates/}; a value printed into a {@code .html} or {@code .xml} template
 * is HTML-escaped, one printed into a {@code .md} template is Markdown-escaped, unless the template says
 * {@code .raw} (only for text the app itself wrote). The Qute extension is not used because its dev-mode
 * debugger is not served from the registries these machines reach.
 */
@ApplicationScoped
public class Templates {

    static final String MARKDOWN = "text/markdown";

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            // {x.raw}: what the class comment promises (not among the defaults when Qute is a library)
            .addValueResolver(ValueResolvers.rawResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML, Variant.TEXT_XML)))
            .addResultMapper(new MarkdownEscaper())
            .addLocator(Templates::locate)
            .removeStandaloneLines(true)
            .strictRendering(true)
            .build();

    /** Renders {@code templates/<id>} (for example {@code report/workshop.html}) with this data. */
    public String render(String id, Map<String, Object> data) {
        var template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("No template " + id);
        }
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private static Optional<TemplateLocation> locate(String id) {
        String path = "templates/" + id;
        if (Templates.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        String type = id.endsWith(".html")
                ? Variant.TEXT_HTML
                : id.endsWith(".xml") ? Variant.TEXT_XML : id.endsWith(".md") ? MARKDOWN : Variant.TEXT_PLAIN;
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(new Variant(null, StandardCharsets.UTF_8, type));
            }
        });
    }

    /**
     * Escapes what Markdown would read as markup in a printed value: emphasis, code, headings, tables,
     * HTML and links. Line breaks become spaces, so a value cannot start a block of its own.
     */
    static final class MarkdownEscaper implements ResultMapper {

        @Override
        public boolean appliesTo(TemplateNode.Origin origin, Object result) {
            return origin.getVariant()
                            .map(v -> MARKDOWN.equals(v.getContentType()))
                            .orElse(false)
                    && !(result instanceof io.quarkus.qute.RawString);
        }

        @Override
        public String map(Object result, io.quarkus.qute.Expression expression) {
            return escape(result.toString());
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\', '`', '*', '_', '<', '>', '#', '|', '~', '[', ']' ->
                        out.append('\\').append(c);
                    case '\r', '\n' -> out.append(' ');
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
