package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Pattern Language as a public guide, for anyone without signing in: PUBLISHED patterns only, the
 * relations between two published patterns only, and evidence as counts (PublicEvidence). A pattern in
 * any other status does not exist here.
 */
@ApplicationScoped
class PublicPatternService {

    private static final Optional<PatternStatus> PUBLISHED = Optional.of(PatternStatus.PUBLISHED);

    private final PatternService patterns;
    private final PatternRelations relations;
    private final PublicEvidence evidence;

    PublicPatternService(PatternService patterns, PatternRelations relations, PublicEvidence evidence) {
        this.patterns = patterns;
        this.relations = relations;
        this.evidence = evidence;
    }

    /** The published patterns in a theme and matching a text (best match first), else by name. */
    List<PublicPatternView.Summary> list(Optional<String> theme, Optional<String> text) {
        List<PatternView> found = patterns.list(theme, PUBLISHED, text);
        Map<Long, PublicPatternView.Evidence> counts =
                evidence.of(found.stream().map(PatternView::id).toList());
        return found.stream()
                .map(p -> new PublicPatternView.Summary(
                        p.slug(),
                        p.name(),
                        p.summary(),
                        p.themes(),
                        counts.get(p.id()).supports(),
                        counts.get(p.id()).contradicts()))
                .toList();
    }

    /** A published pattern; empty for a draft exactly as for a slug no pattern has. */
    Optional<PublicPatternView> get(String slug) {
        return Pattern.findBySlug(slug)
                .filter(p -> p.status == PatternStatus.PUBLISHED)
                .map(this::view);
    }

    /** The published patterns and the relations between them. */
    PatternService.Graph graph() {
        return patterns.graph(PUBLISHED);
    }

    private PublicPatternView view(Pattern p) {
        List<PublicPatternView.Relation> related =
                relations.of(List.of(p.id), PUBLISHED).getOrDefault(p.id, List.of()).stream()
                        .map(r -> new PublicPatternView.Relation(r.type(), r.direction(), r.slug(), r.name()))
                        .toList();
        return new PublicPatternView(
                p.slug,
                p.name,
                p.summary,
                p.context,
                p.problem,
                p.forces,
                p.solution,
                p.consequences,
                p.examples,
                p.roles,
                themes(p),
                related,
                evidence.of(List.of(p.id)).get(p.id));
    }

    private static List<String> themes(Pattern p) {
        return new ArrayList<>(new TreeSet<>(p.themes));
    }
}
