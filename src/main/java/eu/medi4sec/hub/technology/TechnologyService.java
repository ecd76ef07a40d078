package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.pattern.EvidenceService;
import eu.medi4sec.hub.pattern.PatternRefs;
import eu.medi4sec.hub.pattern.TagService;
import eu.medi4sec.hub.theme.ThemeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of social media technologies: its entries, a revision for every edit, and the evidence
 * tagged to each entry. Other features build their outputs from {@link #all()},
 * {@link #evidenceCounts()} and {@link #inWorkshop(long)}.
 */
@ApplicationScoped
public class TechnologyService {

    private final ThemeService themes;
    private final AccountService accounts;
    private final PatternRefs patterns;
    private final EvidenceService evidence;
    private final TagService tags;
    private final TechnologyQueries queries;
    private final Json json;
    private final Clock clock;

    TechnologyService(
            ThemeService themes,
            AccountService accounts,
            PatternRefs patterns,
            EvidenceService evidence,
            TagService tags,
            TechnologyQueries queries,
            Json json,
            Clock clock) {
        this.themes = themes;
        this.accounts = accounts;
        this.patterns = patterns;
        this.evidence = evidence;
        this.tags = tags;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    public record Revision(
            long version,
            Long editorAccountId,
            String editorName,
            Instant editedAt,
            Map<String, Object> before,
            Map<String, Object> after) {}

    /** The evidence behind a technology, as {@link EvidenceService} gathers it for patterns. */
    public record Evidence(
            TagService.TechnologyRef technology,
            long supports,
            long contradicts,
            List<EvidenceService.Item> items,
            List<EvidenceService.Count> byWorkshop,
            List<EvidenceService.Count> byTheme,
            List<EvidenceService.Count> bySector) {}

    /** A technology that a workshop's notes or lessons were tagged to, with the stances. */
    public record Usage(TagService.TechnologyRef technology, long supports, long contradicts) {}

    /** The whole catalogue, by name. */
    public List<TechnologyView> all() {
        return list(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public List<TechnologyView> list(
            Optional<String> theme, Optional<TechnologyCategory> category, Optional<String> text) {
        List<Long> ids = queries.ids(theme, category, text);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Technology> byId = Technology.<Technology>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Technology> found = ids.stream().map(byId::get).toList();
        // one query for the names of every related pattern on the page
        Map<String, TagService.PatternRef> related = patterns.of(
                found.stream().flatMap(t -> t.patterns.stream()).collect(Collectors.toCollection(TreeSet::new)));
        return found.stream().map(t -> view(t, related)).toList();
    }

    public TechnologyView get(String slug) {
        return view(find(slug));
    }

    Technology find(String slug) {
        return Technology.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no technology '" + slug + "'."));
    }

    @Transactional
    TechnologyView create(TechnologyRequest request, long editorAccountId) {
        if (request.slug() == null || request.slug().isBlank()) {
            throw ProblemException.invalid("slug", "Give the technology a slug, e.g. geolocation-of-public-posts.");
        }
        if (Technology.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A technology with the slug '" + request.slug() + "' already exists.");
        }
        validate(request);
        Technology technology = new Technology();
        technology.slug = request.slug();
        apply(request, technology);
        technology.persist();
        Technology.flush();
        revise(technology, null, editorAccountId);
        return view(technology);
    }

    /** Replaces an entry; a stale If-Match is 412 and a stale version field 409. Every edit leaves a revision. */
    @Transactional
    TechnologyView update(String slug, TechnologyRequest request, Optional<Long> ifMatchVersion, long editorAccountId) {
        Technology technology = find(slug);
        ETags.requireFresh(technology.version, ifMatchVersion, request.version(), "technology");
        validate(request);
        Map<String, Object> before = technology.fields();
        apply(request, technology);
        technology.updatedAt = Times.now(clock);
        Technology.flush();
        revise(technology, before, editorAccountId);
        return view(technology);
    }

    public List<Revision> revisions(String slug) {
        Technology technology = find(slug);
        return TechnologyRevision.<TechnologyRevision>list(
                        "technologyId = ?1 order by version desc, id desc", technology.id)
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

    /** Every note and lesson tagged to the technology, as the viewer may see them, with counts. */
    public Evidence evidence(String slug, Viewer viewer) {
        Technology technology = find(slug);
        EvidenceService.Findings found = evidence.ofTechnology(technology.id, viewer);
        return new Evidence(
                new TagService.TechnologyRef(technology.slug, technology.name),
                found.supports(),
                found.contradicts(),
                found.items(),
                found.byWorkshop(),
                found.byTheme(),
                found.bySector());
    }

    /**
     * How many tags support and contradict each entry of the catalogue, by slug in name order; an entry
     * nothing is tagged to counts zero. Counted over all tags, as staff see evidence.
     */
    public Map<String, TagService.StanceCounts> evidenceCounts() {
        Map<Long, TagService.StanceCounts> counts = tags.technologyCounts(Optional.empty());
        Map<String, TagService.StanceCounts> bySlug = new LinkedHashMap<>();
        Technology.<Technology>listAll().stream()
                .sorted(Comparator.comparing((Technology t) -> t.name).thenComparing(t -> t.slug))
                .forEach(t -> bySlug.put(t.slug, counts.getOrDefault(t.id, new TagService.StanceCounts(0, 0))));
        return bySlug;
    }

    /** The technologies a workshop's notes and lessons were tagged to, with stance counts, by name. */
    public List<Usage> inWorkshop(long workshopId) {
        Map<Long, TagService.StanceCounts> counts = tags.technologyCounts(Optional.of(workshopId));
        if (counts.isEmpty()) {
            return List.of();
        }
        return Technology.<Technology>list("id in ?1", counts.keySet()).stream()
                .sorted(Comparator.comparing((Technology t) -> t.name).thenComparing(t -> t.slug))
                .map(t -> new Usage(
                        new TagService.TechnologyRef(t.slug, t.name),
                        counts.get(t.id).supports(),
                        counts.get(t.id).contradicts()))
                .toList();
    }

    private void validate(TechnologyRequest request) {
        Violations violations = new Violations();
        for (String theme : request.themes()) {
            violations.check(themes.exists(theme), "themes", "'" + theme + "' is not one of the six themes.");
        }
        Set<String> related = request.patterns() == null ? Set.of() : request.patterns();
        Set<String> known = patterns.of(related).keySet();
        for (String slug : related) {
            violations.check(known.contains(slug), "patterns", "There is no pattern '" + slug + "'.");
        }
        List<String> links = request.links() == null ? List.of() : request.links();
        for (int i = 0; i < links.size(); i++) {
            violations.check(
                    isWebAddress(links.get(i)),
                    "links[" + i + "]",
                    "A link is a web address starting with http:// or https://.");
        }
        violations.throwIfAny();
    }

    /** An absolute http(s) address with a host, as java.net.URI reads it. */
    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link.trim());
            return uri.getScheme() != null
                    && Set.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void apply(TechnologyRequest request, Technology technology) {
        technology.name = request.name().trim();
        technology.category = request.category();
        technology.summary = request.summary().trim();
        technology.uses = orEmpty(request.uses());
        technology.risks = orEmpty(request.risks());
        technology.legalAndEthicalNotes = orEmpty(request.legalAndEthicalNotes());
        technology.maturity = request.maturity();
        technology.openSource = Boolean.TRUE.equals(request.openSource());
        technology.themes.clear();
        technology.themes.addAll(request.themes());
        technology.patterns.clear();
        if (request.patterns() != null) {
            technology.patterns.addAll(request.patterns());
        }
        technology.links.clear();
        if (request.links() != null) {
            request.links().stream().map(String::trim).distinct().forEach(technology.links::add);
        }
    }

    private void revise(Technology technology, Map<String, Object> before, long editorAccountId) {
        TechnologyRevision revision = new TechnologyRevision();
        revision.technologyId = technology.id;
        revision.version = technology.version;
        revision.editorAccountId = editorAccountId;
        revision.before = before == null ? null : json.write(before);
        revision.after = json.write(technology.fields());
        revision.persist();
    }

    private String editorName(Long accountId) {
        return accountId != null && accounts.exists(accountId)
                ? accounts.get(accountId).displayName()
                : null;
    }

    private TechnologyView view(Technology technology) {
        return view(technology, patterns.of(new TreeSet<>(technology.patterns)));
    }

    private static TechnologyView view(Technology t, Map<String, TagService.PatternRef> related) {
        List<String> slugs = new ArrayList<>(new TreeSet<>(t.patterns));
        return new TechnologyView(
                t.id,
                t.slug,
                t.name,
                t.category,
                t.summary,
                t.uses,
                t.risks,
                t.legalAndEthicalNotes,
                t.maturity,
                t.openSource,
                new ArrayList<>(new TreeSet<>(t.themes)),
                slugs,
                slugs.stream()
                        .map(related::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                List.copyOf(t.links),
                t.version,
                t.createdAt,
                t.updatedAt);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String value) {
        return value == null ? null : json.read(value, LinkedHashMap.class);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
