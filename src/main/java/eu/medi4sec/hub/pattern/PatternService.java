package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.theme.ThemeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The pattern inventory: patterns, their typed relations, and a revision for every edit. */
@ApplicationScoped
class PatternService {

    private final ThemeService themes;
    private final AccountService accounts;
    private final PatternQueries queries;
    private final PatternRelations relations;
    private final Json json;
    private final Clock clock;

    PatternService(
            ThemeService themes,
            AccountService accounts,
            PatternQueries queries,
            PatternRelations relations,
            Json json,
            Clock clock) {
        this.themes = themes;
        this.accounts = accounts;
        this.queries = queries;
        this.relations = relations;
        this.json = json;
        this.clock = clock;
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
        public record Node(String slug, String name, String summary, List<String> themes, PatternStatus status) {}

        public record Edge(String from, String to, RelationType type) {}
    }

    public record Revision(
            long version,
            Long editorAccountId,
            String editorName,
            Instant editedAt,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public List<PatternView> list(Optional<String> theme, Optional<PatternStatus> status, Optional<String> text) {
        List<Long> ids = queries.ids(theme, status, text);
        if (ids.isEmpty()) {
            return List.of();
        }
        // two queries for the whole page, not two per pattern
        Map<Long, Pattern> byId = Pattern.<Pattern>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p));
        Map<Long, List<PatternView.RelationView>> relations = this.relations.of(ids);
        return ids.stream()
                .map(id -> view(byId.get(id), relations.getOrDefault(id, List.of())))
                .toList();
    }

    public PatternView get(String slug) {
        return view(find(slug));
    }

    Pattern find(String slug) {
        return Pattern.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no pattern '" + slug + "'."));
    }

    @Transactional
    public PatternView create(PatternRequest request, long editorAccountId) {
        if (request.slug() == null || request.slug().isBlank()) {
            throw ProblemException.invalid("slug", "Give the pattern a slug, e.g. official-single-source.");
        }
        if (Pattern.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A pattern with the slug '" + request.slug() + "' already exists.");
        }
        validate(request, request.slug());
        Pattern pattern = new Pattern();
        pattern.slug = request.slug();
        apply(request, pattern);
        pattern.persist();
        relations.replace(pattern.id, request.outgoingRelations());
        Pattern.flush();
        revise(pattern, null, editorAccountId);
        return view(pattern);
    }

    /** Replaces a pattern; a stale If-Match is 412 and a stale version field 409. Every edit leaves a revision. */
    @Transactional
    public PatternView update(
            String slug, PatternRequest request, Optional<Long> ifMatchVersion, long editorAccountId) {
        Pattern pattern = find(slug);
        ETags.requireFresh(pattern.version, ifMatchVersion, request.version(), "pattern");
        validate(request, slug);
        Map<String, Object> before = snapshot(pattern);
        apply(request, pattern);
        pattern.updatedAt = Times.now(clock);
        if (request.relations() != null) {
            relations.replace(pattern.id, request.outgoingRelations());
        }
        Pattern.flush();
        revise(pattern, before, editorAccountId);
        return view(pattern);
    }

    private String editorName(Long accountId) {
        return accountId != null && accounts.exists(accountId)
                ? accounts.get(accountId).displayName()
                : null;
    }

    public List<Revision> revisions(String slug) {
        Pattern pattern = find(slug);
        return PatternRevision.<PatternRevision>list("patternId = ?1 order by version desc, id desc", pattern.id)
                .stream()
                .map(r -> new Revision(
                        r.version,
                        r.editorAccountId,
                        editorName(r.editorAccountId),
                        r.editedAt,
                        read(r.before),
                        read(r.after)))
                .toList();
    }

    public Graph graph() {
        return graph(Optional.empty());
    }

    /** The graph of every pattern or, with a status, of the patterns that have it and the relations among them. */
    Graph graph(Optional<PatternStatus> status) {
        List<Pattern> patterns = status.isPresent() ? Pattern.list("status", status.get()) : Pattern.listAll();
        List<Graph.Node> nodes = patterns.stream()
                .sorted(java.util.Comparator.comparing(p -> p.name))
                .map(p -> new Graph.Node(p.slug, p.name, p.summary, new ArrayList<>(new TreeSet<>(p.themes)), p.status))
                .toList();
        List<Graph.Edge> edges = relations.edges(status);
        return new Graph(nodes, edges);
    }

    private void validate(PatternRequest request, String ownSlug) {
        Violations violations = new Violations();
        for (String theme : request.themes()) {
            violations.check(themes.exists(theme), "themes", "'" + theme + "' is not one of the six themes.");
        }
        violations.check(!request.summary().contains("\n"), "summary", "A summary is one line.");
        if (request.relations() != null) {
            for (PatternRequest.Relation relation : request.outgoingRelations()) {
                if (relation.to().equals(ownSlug)) {
                    violations.add("relations", "A pattern cannot relate to itself.");
                } else if (Pattern.findBySlug(relation.to()).isEmpty()) {
                    violations.add("relations", "There is no pattern '" + relation.to() + "' to relate to.");
                }
            }
        }
        violations.throwIfAny();
    }

    private static void apply(PatternRequest request, Pattern pattern) {
        pattern.name = request.name().trim();
        pattern.summary = request.summary().trim();
        pattern.context = orEmpty(request.context());
        pattern.problem = orEmpty(request.problem());
        pattern.forces = orEmpty(request.forces());
        pattern.solution = orEmpty(request.solution());
        pattern.consequences = orEmpty(request.consequences());
        pattern.examples = orEmpty(request.examples());
        pattern.roles = orEmpty(request.roles());
        pattern.themes.clear();
        pattern.themes.addAll(request.themes());
        if (request.status() != null) {
            pattern.status = request.status();
        }
    }

    private void revise(Pattern pattern, Map<String, Object> before, long editorAccountId) {
        PatternRevision revision = new PatternRevision();
        revision.patternId = pattern.id;
        revision.version = pattern.version;
        revision.editorAccountId = editorAccountId;
        revision.before = before == null ? null : write(before);
        revision.after = write(snapshot(pattern));
        revision.persist();
    }

    private Map<String, Object> snapshot(Pattern pattern) {
        Map<String, Object> fields = pattern.fields();
        fields.put(
                "relations",
                outgoing(pattern.id).stream()
                        .map(r -> r.type() + " " + r.slug())
                        .toList());
        return fields;
    }

    private List<PatternView.RelationView> outgoing(long id) {
        return relations(id).stream()
                .filter(r -> r.direction().equals("OUTGOING"))
                .toList();
    }

    private List<PatternView.RelationView> relations(long id) {
        return relations.of(List.of(id)).getOrDefault(id, List.of());
    }

    PatternView view(Pattern p) {
        return view(p, relations(p.id));
    }

    private PatternView view(Pattern p, List<PatternView.RelationView> relations) {
        return new PatternView(
                p.id,
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
                new ArrayList<>(new TreeSet<>(p.themes)),
                p.status,
                p.version,
                relations,
                p.createdAt,
                p.updatedAt);
    }

    private String write(Map<String, Object> fields) {
        return json.write(fields);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String value) {
        return value == null ? null : json.read(value, LinkedHashMap.class);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
