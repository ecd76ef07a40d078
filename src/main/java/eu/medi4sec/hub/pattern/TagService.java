package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.note.NoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysts tag notes and lessons to patterns, or to technologies of the catalogue; each tag records who
 * and when.
 */
@ApplicationScoped
public class TagService {

    private final PatternService patterns;
    private final TechnologyDirectory technologies;
    private final NoteService notes;
    private final LessonService lessons;
    private final AccountService accounts;

    TagService(
            PatternService patterns,
            TechnologyDirectory technologies,
            NoteService notes,
            LessonService lessons,
            AccountService accounts) {
        this.patterns = patterns;
        this.technologies = technologies;
        this.notes = notes;
        this.lessons = lessons;
        this.accounts = accounts;
    }

    /** Exactly one of pattern and technology, each by its slug. */
    public record TagRequest(
            @Size(max = 80, message = "A pattern's slug has at most 80 characters.")
            String pattern,

            @Size(max = 80, message = "A technology's slug has at most 80 characters.")
            String technology,

            @NotNull(message = "Say whether it SUPPORTS or CONTRADICTS the pattern or technology.")
            Stance stance,

            @Size(max = 1000, message = "A rationale has at most 1,000 characters.")
            String rationale) {

        /** A tag to a pattern. */
        public TagRequest(String pattern, Stance stance, String rationale) {
            this(pattern, null, stance, rationale);
        }
    }

    public record BulkRequest(
            @Size(max = MAX_BULK, message = "Tag at most 500 notes at once.")
            List<@NotNull(message = "A note id cannot be null.") Long> notes,

            @Size(max = MAX_BULK, message = "Tag at most 500 lessons at once.")
            List<@NotNull(message = "A lesson id cannot be null.") Long> lessons,

            @Size(max = 80, message = "A pattern's slug has at most 80 characters.")
            String pattern,

            @Size(max = 80, message = "A technology's slug has at most 80 characters.")
            String technology,

            @NotNull(message = "Say whether the selection SUPPORTS or CONTRADICTS the pattern or technology.")
            Stance stance,

            @Size(max = 1000, message = "A rationale has at most 1,000 characters.")
            String rationale) {}

    public static final int MAX_BULK = 500;

    /** A tag: {@code pattern} or {@code technology} is set, the other is null. */
    public record TagView(
            long id,
            String targetType,
            long targetId,
            long workshopId,
            PatternRef pattern,
            TechnologyRef technology,
            Stance stance,
            String rationale,
            Long taggedBy,
            String taggedByName,
            Instant taggedAt) {}

    public record PatternRef(String slug, String name) {}

    public record TechnologyRef(String slug, String name) {}

    /** How many tags support and contradict one pattern or technology. */
    public record StanceCounts(long supports, long contradicts) {
        public long total() {
            return supports + contradicts;
        }
    }

    /** What a tag points at, resolved from a request's slugs. */
    private record Subject(Pattern pattern, TechnologyDirectory.Entry technology) {

        String slug() {
            return pattern != null ? pattern.slug : technology.slug();
        }

        String noun() {
            return pattern != null ? "pattern" : "technology";
        }

        String field() {
            return pattern != null ? "patternId" : "technologyId";
        }

        long id() {
            return pattern != null ? pattern.id : technology.id();
        }
    }

    /** Tags a note or a lesson to a pattern or a technology, in the workshop the target comes from. */
    @Transactional
    public TagView tag(TagTarget target, long targetId, TagRequest request, long analystId) {
        requireOneSubject(request.pattern(), request.technology());
        long workshopId = target == TagTarget.NOTE
                ? noteWorkshop(targetId)
                : lessons.get(targetId, Viewer.staff(analystId)).workshopId();
        return tag(target, targetId, workshopId, subject(request.pattern(), request.technology()), request, analystId);
    }

    private TagView tag(
            TagTarget target, long targetId, long workshopId, Subject subject, TagRequest request, long analystId) {
        if (isTagged(subject, target, targetId)) {
            throw ProblemException.conflict("This is already tagged to the " + subject.noun() + " '" + subject.slug()
                    + "'. Remove that tag to change its stance.");
        }
        PatternTag tag = new PatternTag();
        tag.patternId = subject.pattern() == null ? null : subject.pattern().id;
        tag.technologyId =
                subject.technology() == null ? null : subject.technology().id();
        tag.workshopId = workshopId;
        tag.noteId = target == TagTarget.NOTE ? targetId : null;
        tag.lessonId = target == TagTarget.LESSON ? targetId : null;
        tag.stance = request.stance();
        tag.rationale = request.rationale();
        tag.taggedBy = analystId;
        tag.persist();
        return view(tag);
    }

    /** Tags a selection at once; what is already tagged to the pattern or technology is left as it is. */
    @Transactional
    public List<TagView> tagBulk(BulkRequest request, long analystId) {
        Subject subject = subject(request.pattern(), request.technology());
        TagRequest one = new TagRequest(request.pattern(), request.technology(), request.stance(), request.rationale());
        List<TagView> created = new ArrayList<>();
        for (Long noteId : request.notes() == null ? List.<Long>of() : request.notes()) {
            if (!isTagged(subject, TagTarget.NOTE, noteId)) {
                created.add(tag(TagTarget.NOTE, noteId, noteWorkshop(noteId), subject, one, analystId));
            }
        }
        for (Long lessonId : request.lessons() == null ? List.<Long>of() : request.lessons()) {
            if (!isTagged(subject, TagTarget.LESSON, lessonId)) {
                long workshopId = lessons.get(lessonId, Viewer.staff(analystId)).workshopId();
                created.add(tag(TagTarget.LESSON, lessonId, workshopId, subject, one, analystId));
            }
        }
        return created;
    }

    /** The tags of one note or lesson, to patterns and technologies, oldest first. */
    public List<TagView> of(TagTarget target, long targetId) {
        return PatternTag.<PatternTag>list(target.field + " = ?1 order by taggedAt, id", targetId).stream()
                .map(this::view)
                .toList();
    }

    /** Every tag made in one workshop (to patterns and technologies, of notes and lessons), oldest first. */
    public List<TagView> inWorkshop(long workshopId) {
        return PatternTag.<PatternTag>list("workshopId = ?1 order by taggedAt, id", workshopId).stream()
                .map(this::view)
                .toList();
    }

    /** Stance counts per technology id: over one workshop's tags, or over all tags when none is given. */
    public Map<Long, StanceCounts> technologyCounts(Optional<Long> workshopId) {
        return counts("technologyId", workshopId);
    }

    /** Stance counts per pattern id: over one workshop's tags, or over all tags when none is given. */
    public Map<Long, StanceCounts> patternCounts(Optional<Long> workshopId) {
        return counts("patternId", workshopId);
    }

    private static Map<Long, StanceCounts> counts(String field, Optional<Long> workshopId) {
        // field is one of our two column names, never the caller's text
        var query = PatternTag.getEntityManager()
                .createQuery(
                        "select t." + field + ", t.stance, count(t) from PatternTag t where t." + field
                                + " is not null" + (workshopId.isPresent() ? " and t.workshopId = :workshop" : "")
                                + " group by t." + field + ", t.stance",
                        Object[].class);
        workshopId.ifPresent(id -> query.setParameter("workshop", id));
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[row[1] == Stance.SUPPORTS ? 0 : 1] +=
                    ((Number) row[2]).longValue();
        }
        Map<Long, StanceCounts> result = new LinkedHashMap<>();
        counts.forEach((id, c) -> result.put(id, new StanceCounts(c[0], c[1])));
        return result;
    }

    @Transactional
    public void untag(TagTarget target, long targetId, long tagId) {
        PatternTag tag = PatternTag.<PatternTag>findByIdOptional(tagId)
                .filter(t -> Long.valueOf(targetId).equals(target.idIn(t)))
                .orElseThrow(() ->
                        ProblemException.notFound("There is no tag " + tagId + " on this " + target.noun() + "."));
        tag.delete();
    }

    /** A tag names exactly one of a pattern and a technology: neither or both is 422 naming the two fields. */
    private static void requireOneSubject(String pattern, String technology) {
        boolean hasPattern = pattern != null && !pattern.isBlank();
        boolean hasTechnology = technology != null && !technology.isBlank();
        if (hasPattern == hasTechnology) {
            String message = hasPattern
                    ? "Tag to a pattern or to a technology, not both."
                    : "Name the pattern or the technology by its slug.";
            new Violations().add("pattern", message).add("technology", message).throwIfAny();
        }
    }

    /** The pattern or the technology a request names (exactly one of them), which must exist: else 404. */
    private Subject subject(String pattern, String technology) {
        requireOneSubject(pattern, technology);
        if (pattern != null && !pattern.isBlank()) {
            return new Subject(patterns.find(pattern), null);
        }
        return new Subject(
                null,
                technologies
                        .bySlug(technology)
                        .orElseThrow(() -> ProblemException.notFound("There is no technology '" + technology + "'.")));
    }

    private long noteWorkshop(long noteId) {
        Map<Long, Long> workshopOf = notes.workshopsOf(Set.of(noteId));
        if (!workshopOf.containsKey(noteId)) {
            throw ProblemException.notFound("There is no note " + noteId + ".");
        }
        return workshopOf.get(noteId);
    }

    private static boolean isTagged(Subject subject, TagTarget target, long targetId) {
        return PatternTag.count(subject.field() + " = ?1 and " + target.field + " = ?2", subject.id(), targetId) > 0;
    }

    TagView view(PatternTag tag) {
        PatternRef pattern = null;
        TechnologyRef technology = null;
        if (tag.patternId != null) {
            Pattern p = Pattern.findById(tag.patternId);
            pattern = new PatternRef(p.slug, p.name);
        } else {
            technology = technologies
                    .byId(tag.technologyId)
                    .map(TechnologyDirectory.Entry::ref)
                    .orElse(null);
        }
        String by = tag.taggedBy != null && accounts.exists(tag.taggedBy)
                ? accounts.get(tag.taggedBy).displayName()
                : null;
        return new TagView(
                tag.id,
                TagTarget.of(tag).name(),
                TagTarget.of(tag).idIn(tag),
                tag.workshopId,
                pattern,
                technology,
                tag.stance,
                tag.rationale,
                tag.taggedBy,
                by,
                tag.taggedAt);
    }
}
