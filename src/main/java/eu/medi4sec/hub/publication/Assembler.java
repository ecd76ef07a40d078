package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonType;
import eu.medi4sec.hub.lesson.LessonView;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.OutputNote;
import eu.medi4sec.hub.output.Quotes;
import eu.medi4sec.hub.pattern.PublishedPatterns;
import eu.medi4sec.hub.pattern.PublishedPatterns.PatternText;
import eu.medi4sec.hub.pattern.PublishedPatterns.Tagged;
import eu.medi4sec.hub.pattern.PublishedPatterns.TechnologyTag;
import eu.medi4sec.hub.pattern.Stance;
import eu.medi4sec.hub.publication.Document.Count;
import eu.medi4sec.hub.publication.Document.Entry;
import eu.medi4sec.hub.publication.Document.Group;
import eu.medi4sec.hub.publication.Document.Named;
import eu.medi4sec.hub.publication.Document.Section;
import eu.medi4sec.hub.technology.TechnologyCategory;
import eu.medi4sec.hub.technology.TechnologyService;
import eu.medi4sec.hub.technology.TechnologyView;
import eu.medi4sec.hub.theme.ThemeService;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a publication's {@link Document} from what is published now: PUBLISHED lessons and PUBLISHED
 * patterns within the publication's themes and workshops, every claim with its evidence as numbered,
 * redacted quotes ({@link Quotes}: only visible notes labelled NONE, in their publication text).
 */
@ApplicationScoped
class Assembler {

    static final String UNLINKED = "Not yet linked to a pattern";
    static final int QUOTES_PER_CARD = 3;

    private static final List<LessonType> BEST_PRACTICE_TYPES =
            List.of(LessonType.BEST_PRACTICE, LessonType.LESSON_LEARNED, LessonType.ROLE_AND_RESPONSIBILITY);

    private final LessonService lessons;
    private final PublishedPatterns patterns;
    private final Quotes quotes;
    private final NoteService notes;
    private final WorkshopService workshops;
    private final ThemeService themes;
    private final TechnologyService technologies;
    private final Clock clock;

    Assembler(
            LessonService lessons,
            PublishedPatterns patterns,
            Quotes quotes,
            NoteService notes,
            WorkshopService workshops,
            ThemeService themes,
            TechnologyService technologies,
            Clock clock) {
        this.lessons = lessons;
        this.patterns = patterns;
        this.quotes = quotes;
        this.notes = notes;
        this.workshops = workshops;
        this.themes = themes;
        this.technologies = technologies;
        this.clock = clock;
    }

    /** What the publication holds now; version and publishedAt are set when it is being published. */
    Document assemble(Publication publication, Integer version, Instant publishedAt) {
        Build build = new Build(publication.scope(), themes.names());
        List<Section> sections = switch (publication.kind) {
            case BEST_PRACTICE_REPORT -> byPattern(build, BEST_PRACTICE_TYPES, Assembler::typeGroup);
            case STANDARDS_RECOMMENDATIONS ->
                byPattern(build, List.of(LessonType.RECOMMENDATION), l -> build.themeOf(l));
            case TRAINING_OPTIONS -> byTheme(build, LessonType.TRAINING_NEED, false);
            case ETHICS_AWARENESS -> byTheme(build, LessonType.ETHICAL_ISSUE, true);
            case PATTERN_CARDS -> patternCards(build);
            case TECHNOLOGY_CATALOGUE -> technologyCatalogue(build);
        };
        List<Named> themeRefs = build.scope.themes().stream()
                .sorted(Comparator.comparing(
                        t -> List.copyOf(build.themeNames.keySet()).indexOf(t)))
                .map(t -> new Named(t, build.themeName(t)))
                .toList();
        return new Document(
                publication.title,
                publication.slug,
                publication.kind,
                publication.kind.label,
                publication.introduction,
                themeRefs,
                build.workshopRefs(),
                version,
                publishedAt,
                Times.now(clock),
                sections,
                build.references().list(),
                build.citedPatterns());
    }

    // ---- lessons grouped by the patterns they are tagged to --------------------------------------------

    private List<Section> byPattern(Build build, List<LessonType> types, Function<LessonView, String> groupOf) {
        List<LessonView> found = build.lessons(types);
        Map<Long, List<Tagged>> tags = patterns.ofLessons(ids(found));
        Map<String, PatternText> published = build.published();
        build.quote(found.stream().flatMap(l -> l.noteIds().stream()).toList());
        List<Section> sections = new ArrayList<>();
        for (PatternText pattern : published.values()) {
            List<Entry> entries = new ArrayList<>();
            Map<String, List<Entry>> groups = new LinkedHashMap<>();
            for (LessonView lesson : found) {
                Optional<Tagged> tag = tags.getOrDefault(lesson.id(), List.of()).stream()
                        .filter(t -> t.pattern().equals(pattern.slug()))
                        .findFirst();
                if (tag.isEmpty()) {
                    continue;
                }
                String stance = tag.get().stance() == Stance.CONTRADICTS ? Stance.CONTRADICTS.name() : null;
                List<Named> others = build.patternRefs(tags.get(lesson.id())).stream()
                        .filter(n -> !n.slug().equals(pattern.slug()))
                        .toList();
                Entry entry = build.lessonEntry(lesson, stance, others, List.of(), List.of());
                groups.computeIfAbsent(groupOf.apply(lesson), k -> new ArrayList<>())
                        .add(entry);
                entries.add(entry);
            }
            if (!entries.isEmpty()) {
                build.cite(pattern);
                sections.add(new Section(pattern.name(), pattern.summary(), ordered(build, groups)));
            }
        }
        Map<String, List<Entry>> unlinked = new LinkedHashMap<>();
        for (LessonView lesson : found) {
            if (tags.getOrDefault(lesson.id(), List.of()).isEmpty()) {
                unlinked.computeIfAbsent(groupOf.apply(lesson), k -> new ArrayList<>())
                        .add(build.lessonEntry(lesson, null, List.of(), List.of(), List.of()));
            }
        }
        if (!unlinked.isEmpty()) {
            sections.add(new Section(
                    UNLINKED, "Lessons that no published pattern is linked to yet.", ordered(build, unlinked)));
        }
        return sections;
    }

    private static String typeGroup(LessonView lesson) {
        return Labels.lessonTypes(lesson.type());
    }

    /** Groups in a stable order: lesson types as the enum lists them, themes in programme order. */
    private static List<Group> ordered(Build build, Map<String, List<Entry>> groups) {
        List<String> order = new ArrayList<>();
        for (LessonType type : LessonType.values()) {
            order.add(Labels.lessonTypes(type));
        }
        order.addAll(build.themeNames.values());
        return groups.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> new Group(e.getKey(), e.getValue()))
                .toList();
    }

    // ---- lessons by theme, with the patterns (and technologies) they concern ---------------------------

    private List<Section> byTheme(Build build, LessonType type, boolean withPrompts) {
        List<LessonView> found = build.lessons(List.of(type));
        Map<Long, List<Tagged>> tags = patterns.ofLessons(ids(found));
        Map<Long, List<Long>> technologyTags = patterns.technologiesOfLessons(ids(found));
        Map<Long, Named> technologyById = new HashMap<>();
        if (!technologyTags.isEmpty()) {
            technologies.all().forEach(t -> technologyById.put(t.id(), new Named(t.slug(), t.name())));
        }
        Map<String, PatternText> published = build.published();
        build.quote(found.stream().flatMap(l -> l.noteIds().stream()).toList());
        Map<String, List<Entry>> byTheme = new LinkedHashMap<>();
        build.themeNames.keySet().forEach(t -> byTheme.put(t, new ArrayList<>()));
        for (LessonView lesson : found) {
            List<Named> related = build.patternRefs(tags.get(lesson.id()));
            related.forEach(n -> build.cite(published.get(n.slug())));
            List<Document.Prompt> prompts = new ArrayList<>();
            if (withPrompts) {
                for (Named named : related) {
                    PatternText pattern = published.get(named.slug());
                    prompts.addAll(Prompts.of(pattern.name(), pattern.forces(), pattern.consequences()));
                }
            }
            byTheme.computeIfAbsent(build.themeSlugOf(lesson), k -> new ArrayList<>())
                    .add(build.lessonEntry(
                            lesson,
                            null,
                            related,
                            technologyTags.getOrDefault(lesson.id(), List.of()).stream()
                                    .map(technologyById::get)
                                    .filter(java.util.Objects::nonNull)
                                    .distinct()
                                    .toList(),
                            prompts));
        }
        List<Section> sections = new ArrayList<>();
        byTheme.forEach((theme, entries) -> {
            if (!entries.isEmpty()) {
                sections.add(new Section(build.themeName(theme), null, List.of(new Group(null, entries))));
            }
        });
        return sections;
    }

    // ---- the technology catalogue ------------------------------------------------------------------------

    /**
     * Every entry of the catalogue within the themes (with workshops chosen: only those with evidence from
     * them), by category, with the quotable notes tagged to it (directly or through a published lesson) as
     * counts and up to three quotes.
     */
    private List<Section> technologyCatalogue(Build build) {
        Map<Long, LessonView> lessonsById = build.lessonsById();
        Map<Long, Set<Long>> supporting = new HashMap<>();
        Map<Long, Set<Long>> contradicting = new HashMap<>();
        patterns.technologyTags().forEach((technologyId, tags) -> {
            for (TechnologyTag tag : tags) {
                Set<Long> into = (tag.stance() == Stance.SUPPORTS ? supporting : contradicting)
                        .computeIfAbsent(technologyId, k -> new LinkedHashSet<>());
                if (tag.noteId() != null) {
                    into.add(tag.noteId());
                } else if (lessonsById.containsKey(tag.lessonId())) {
                    into.addAll(lessonsById.get(tag.lessonId()).noteIds());
                }
            }
        });
        build.quote(java.util.stream.Stream.concat(
                        supporting.values().stream().flatMap(Set::stream),
                        contradicting.values().stream().flatMap(Set::stream))
                .toList());
        Map<Long, Integer> votes = build.votes(supporting.values());
        Map<String, PatternText> published = build.published();
        Map<TechnologyCategory, List<Entry>> byCategory = new java.util.EnumMap<>(TechnologyCategory.class);
        for (TechnologyView technology : technologies.all()) {
            if (!build.scope.includesAnyTheme(technology.themes())) {
                continue;
            }
            List<Long> pro = build.inScope(supporting.getOrDefault(technology.id(), Set.of()));
            List<Long> contra = build.inScope(contradicting.getOrDefault(technology.id(), Set.of()));
            if (pro.isEmpty() && contra.isEmpty() && !build.scope.workshops().isEmpty()) {
                continue;
            }
            List<Named> related = new ArrayList<>();
            for (String slug : technology.patterns()) {
                PatternText pattern = published.get(slug);
                if (pattern != null) {
                    build.cite(pattern);
                    related.add(new Named(pattern.slug(), pattern.name()));
                }
            }
            List<Count> counts = new ArrayList<>();
            counts.add(new Count(Count.TOTAL, "Supporting notes", pro.size()));
            counts.add(new Count(Count.TOTAL, "Contradicting notes", contra.size()));
            counts.addAll(build.counts(pro, false));
            pro.forEach(id -> build.contributed(build.references().quote(id).workshopId()));
            contra.forEach(id -> build.contributed(build.references().quote(id).workshopId()));
            List<Document.Field> fields = new ArrayList<>();
            addField(fields, "Uses", technology.uses());
            addField(fields, "Risks", technology.risks());
            addField(fields, "Legal and ethical notes", technology.legalAndEthicalNotes());
            addField(fields, "Further reading", String.join("\n", technology.links()));
            String label = Labels.words(technology.category().name()) + " · "
                    + Labels.words(technology.maturity().name()) + (technology.openSource() ? " · Open source" : "");
            byCategory
                    .computeIfAbsent(technology.category(), k -> new ArrayList<>())
                    .add(new Entry(
                            "TECHNOLOGY",
                            technology.name(),
                            label,
                            technology.summary(),
                            null,
                            null,
                            fields,
                            related,
                            List.of(),
                            counts,
                            List.of(),
                            build.references().cite(best(pro, votes))));
        }
        List<Section> sections = new ArrayList<>();
        byCategory.forEach((category, entries) ->
                sections.add(new Section(Labels.words(category.name()), null, List.of(new Group(null, entries)))));
        return sections;
    }

    private static void addField(List<Document.Field> fields, String label, String text) {
        if (text != null && !text.isBlank()) {
            fields.add(new Document.Field(label, text.strip()));
        }
    }

    /** The most voted of these notes (ties: the oldest), as many as a card quotes. */
    private static List<Long> best(List<Long> noteIds, Map<Long, Integer> votes) {
        return noteIds.stream()
                .sorted(Comparator.comparing((Long id) -> -votes.getOrDefault(id, 0))
                        .thenComparing(Function.identity()))
                .limit(QUOTES_PER_CARD)
                .toList();
    }

    // ---- pattern cards ---------------------------------------------------------------------------------

    private List<Section> patternCards(Build build) {
        Map<String, PatternText> published = build.published();
        Map<String, List<Long>> taggedNotes = patterns.supportingNotes();
        Map<String, List<Long>> taggedLessons = patterns.supportingLessons();
        Map<Long, LessonView> lessonsById = build.lessonsById();
        Map<String, Set<Long>> evidence = new LinkedHashMap<>();
        for (PatternText pattern : published.values()) {
            if (!build.scope.includesAnyTheme(pattern.themes())) {
                continue;
            }
            Set<Long> noteIds = new LinkedHashSet<>(taggedNotes.getOrDefault(pattern.slug(), List.of()));
            for (Long lessonId : taggedLessons.getOrDefault(pattern.slug(), List.of())) {
                LessonView lesson = lessonsById.get(lessonId);
                if (lesson != null) {
                    noteIds.addAll(lesson.noteIds());
                }
            }
            evidence.put(pattern.slug(), noteIds);
        }
        build.quote(evidence.values().stream().flatMap(Set::stream).toList());
        Map<Long, Integer> votes = build.votes(evidence.values());
        List<Entry> cards = new ArrayList<>();
        evidence.forEach((slug, noteIds) -> {
            List<Long> inScope = build.inScope(noteIds);
            if (inScope.isEmpty() && !build.scope.workshops().isEmpty()) {
                return;
            }
            PatternText pattern = published.get(slug);
            build.cite(pattern);
            inScope.forEach(id -> build.contributed(build.references().quote(id).workshopId()));
            cards.add(new Entry(
                    "PATTERN",
                    pattern.name(),
                    "Pattern",
                    pattern.summary(),
                    null,
                    null,
                    List.of(
                            new Document.Field("Problem", pattern.problem()),
                            new Document.Field("Solution", pattern.solution())),
                    List.of(),
                    List.of(),
                    build.counts(inScope, true),
                    List.of(),
                    build.references().cite(best(inScope, votes))));
        });
        return cards.isEmpty() ? List.of() : List.of(new Section(null, null, List.of(new Group(null, cards))));
    }

    private static List<Long> ids(List<LessonView> lessons) {
        return lessons.stream().map(LessonView::id).toList();
    }

    /** One assembly's state: the scope, workshops read once each, the references numbered so far. */
    private final class Build {
        final Scope scope;
        final Map<String, String> themeNames;
        private final Map<Long, WorkshopView> workshopById = new HashMap<>();
        private final Set<Long> contributing = new LinkedHashSet<>();
        private final Map<String, Named> cited = new TreeMap<>();
        private Map<String, PatternText> published;
        private References references;

        Build(Scope scope, Map<String, String> themeNames) {
            this.scope = scope;
            this.themeNames = themeNames;
        }

        WorkshopView workshop(long id) {
            return workshopById.computeIfAbsent(id, workshops::get);
        }

        String themeName(String slug) {
            return themeNames.getOrDefault(slug, slug);
        }

        String themeSlugOf(LessonView lesson) {
            return workshop(lesson.workshopId()).theme();
        }

        String themeOf(LessonView lesson) {
            return themeName(themeSlugOf(lesson));
        }

        Map<String, PatternText> published() {
            if (published == null) {
                published = patterns.bySlug();
            }
            return published;
        }

        /** The published lessons of these types in the scope. */
        List<LessonView> lessons(Collection<LessonType> types) {
            return lessons.published(types).stream()
                    .filter(l -> {
                        WorkshopView w = workshop(l.workshopId());
                        return scope.includesWorkshop(w.id(), w.theme());
                    })
                    .toList();
        }

        /** Reads, once, the quotes every later citation draws on. */
        void quote(Collection<Long> noteIds) {
            references = new References(quotes.publishable(new LinkedHashSet<>(noteIds)), themeNames);
        }

        References references() {
            if (references == null) {
                references = new References(Map.of(), themeNames);
            }
            return references;
        }

        /** The published lessons of every type in the scope, by id. */
        Map<Long, LessonView> lessonsById() {
            Map<Long, LessonView> byId = new HashMap<>();
            for (LessonView lesson : lessons(List.of(LessonType.values()))) {
                byId.put(lesson.id(), lesson);
            }
            return byId;
        }

        /** Those of these notes that may be quoted and fall within the scope. */
        List<Long> inScope(Collection<Long> noteIds) {
            return noteIds.stream().distinct().filter(this::inScope).toList();
        }

        /** The votes of the quotable notes among these. */
        Map<Long, Integer> votes(Collection<? extends Collection<Long>> noteIds) {
            List<Long> quotable =
                    inScope(noteIds.stream().flatMap(Collection::stream).toList());
            Map<Long, Integer> votes = new HashMap<>();
            for (OutputNote note : notes.forOutput(quotable)) {
                votes.put(note.id(), note.votes());
            }
            return votes;
        }

        boolean inScope(long noteId) {
            Quotes.Quote quote = references().quote(noteId);
            return quote != null && scope.includesWorkshop(quote.workshopId(), quote.theme());
        }

        void contributed(long workshopId) {
            contributing.add(workshopId);
        }

        void cite(PatternText pattern) {
            if (pattern != null) {
                cited.put(pattern.slug(), new Named(pattern.slug(), pattern.name()));
            }
        }

        List<Named> citedPatterns() {
            return cited.values().stream()
                    .sorted(Comparator.comparing(n -> n.name().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
        }

        List<Named> patternRefs(List<Tagged> tags) {
            if (tags == null) {
                return List.of();
            }
            Map<String, Named> refs = new LinkedHashMap<>();
            for (Tagged tag : tags) {
                PatternText pattern = published().get(tag.pattern());
                if (pattern != null) {
                    refs.putIfAbsent(pattern.slug(), new Named(pattern.slug(), pattern.name()));
                }
            }
            return List.copyOf(refs.values());
        }

        Entry lessonEntry(
                LessonView lesson,
                String stance,
                List<Named> related,
                List<Named> technologies,
                List<Document.Prompt> prompts) {
            contributed(lesson.workshopId());
            return new Entry(
                    "LESSON",
                    lesson.title(),
                    Labels.lessonType(lesson.type()),
                    lesson.statement(),
                    stance,
                    workshop(lesson.workshopId()).title(),
                    List.of(),
                    related,
                    technologies,
                    List.of(),
                    prompts,
                    references().cite(lesson.noteIds()));
        }

        /**
         * Evidence counts, optionally with the total, by theme (in programme order) and by sector (largest
         * first; undisclosed last).
         */
        List<Count> counts(List<Long> noteIds, boolean withTotal) {
            Map<String, Long> byTheme = new LinkedHashMap<>();
            themeNames.keySet().forEach(t -> byTheme.put(t, 0L));
            Map<String, Long> bySector = new TreeMap<>();
            for (Long id : noteIds) {
                Quotes.Quote quote = references().quote(id);
                byTheme.merge(quote.theme(), 1L, Long::sum);
                String sector = Labels.sector(quote.sector());
                bySector.merge(sector == null ? Labels.NOT_DISCLOSED : sector, 1L, Long::sum);
            }
            List<Count> counts = new ArrayList<>();
            if (withTotal) {
                counts.add(new Count(Count.TOTAL, "Supporting notes", noteIds.size()));
            }
            byTheme.forEach((theme, n) -> {
                if (n > 0) {
                    counts.add(new Count(Count.THEME, themeName(theme), n));
                }
            });
            bySector.entrySet().stream()
                    .sorted(Comparator.comparing(
                                    (Map.Entry<String, Long> e) -> e.getKey().equals(Labels.NOT_DISCLOSED))
                            .thenComparing(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> counts.add(new Count(Count.SECTOR, e.getKey(), e.getValue())));
            return counts;
        }

        List<Document.WorkshopRef> workshopRefs() {
            return contributing.stream()
                    .map(this::workshop)
                    .sorted(Comparator.comparing(WorkshopView::startsAt).thenComparing(WorkshopView::title))
                    .map(w -> new Document.WorkshopRef(
                            w.title(), themeName(w.theme()), w.startsAt().toLocalDate()))
                    .toList();
        }
    }
}
