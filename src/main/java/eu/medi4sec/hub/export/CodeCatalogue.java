package eu.medi4sec.hub.export;

import eu.medi4sec.hub.pattern.PatternCatalogue;
import eu.medi4sec.hub.technology.TechnologyService;
import eu.medi4sec.hub.theme.ThemeService;
import eu.medi4sec.hub.theme.ThemeView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What analysts code with, as a REFI-QDA codebook sees it: the patterns of the Pattern Language and the
 * technologies of the catalogue, each a code with a GUID derived from its slug, under two parent codes
 * ("Patterns", "Technologies") that are not codable themselves; and sets that group the codes by theme,
 * plus one set of all technologies.
 */
@ApplicationScoped
class CodeCatalogue {

    static final String PATTERN_COLOUR = "#1F6FB2";
    static final String TECHNOLOGY_COLOUR = "#B25F1F";

    private final PatternCatalogue patterns;
    private final TechnologyService technologies;
    private final ThemeService themes;

    CodeCatalogue(PatternCatalogue patterns, TechnologyService technologies, ThemeService themes) {
        this.patterns = patterns;
        this.technologies = technologies;
        this.themes = themes;
    }

    /** A code: a pattern or a technology. */
    record Code(String guid, String slug, String name, String description, List<String> themes) {}

    /** A group of codes. */
    record CodeSet(String guid, String name, String description, List<String> memberGuids) {}

    record Catalogue(List<Code> patterns, List<Code> technologies, List<CodeSet> sets) {}

    static String patternGuid(String slug) {
        return Guids.of("pattern", slug);
    }

    static String technologyGuid(String slug) {
        return Guids.of("technology", slug);
    }

    static final String PATTERNS_GUID = Guids.of("codes", "patterns");
    static final String TECHNOLOGIES_GUID = Guids.of("codes", "technologies");

    Catalogue current() {
        List<Code> patternCodes = patterns.all().stream()
                .map(p -> new Code(
                        patternGuid(p.slug()),
                        p.slug(),
                        p.name(),
                        p.draft() ? p.summary() + " (Draft pattern.)" : p.summary(),
                        p.themes()))
                .toList();
        List<Code> technologyCodes = technologies();

        List<CodeSet> sets = new ArrayList<>();
        for (ThemeView theme : themes.list()) {
            List<String> members = new ArrayList<>();
            patternCodes.stream().filter(c -> c.themes().contains(theme.slug())).forEach(c -> members.add(c.guid()));
            technologyCodes.stream()
                    .filter(c -> c.themes().contains(theme.slug()))
                    .forEach(c -> members.add(c.guid()));
            sets.add(new CodeSet(
                    Guids.of("theme", theme.slug()),
                    "Theme: " + theme.name(),
                    "The patterns and technologies of the theme '" + theme.name() + "'.",
                    members));
        }
        sets.add(new CodeSet(
                Guids.of("set", "technologies"),
                "Technologies",
                "The catalogue of social media technologies.",
                technologyCodes.stream().map(Code::guid).toList()));
        return new Catalogue(patternCodes, technologyCodes, sets);
    }

    /** The technology catalogue's entries as codes, by name. */
    private List<Code> technologies() {
        return technologies.all().stream()
                .map(t -> new Code(
                        technologyGuid(t.slug()),
                        t.slug(),
                        t.name(),
                        t.summary() + " (" + t.category() + ", " + t.maturity() + ")",
                        t.themes()))
                .toList();
    }
}
