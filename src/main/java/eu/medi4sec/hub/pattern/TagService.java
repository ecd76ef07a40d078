package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.note.NoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Analysts tag notes and lessons to patterns; each tag records who and when. */
@ApplicationScoped
public class TagService {

    private final PatternService patterns;
    private final NoteService notes;
    private final LessonService lessons;
    private final AccountService accounts;

    TagService(PatternService patterns, NoteService notes, LessonService lessons, AccountService accounts) {
        this.patterns = patterns;
        this.notes = notes;
        this.lessons = lessons;
        this.accounts = accounts;
    }

    public record TagRequest(
            @NotBlank(message = "Name the pattern by its slug.")
            String pattern,

            @NotNull(message = "Say whether the note SUPPORTS or CONTRADICTS the pattern.")
            Stance stance,

            @Size(max = 1000, message = "A rationale has at most 1,000 characters.")
            String rationale) {}

    public record BulkRequest(
            @Size(max = MAX_BULK, message = "Tag at most 500 notes at once.")
            List<@NotNull(message = "A note id cannot be null.") Long> notes,

            @Size(max = MAX_BULK, message = "Tag at most 500 lessons at once.")
            List<@NotNull(message = "A lesson id cannot be null.") Long> lessons,

            @NotBlank(message = "Name the pattern by its slug.")
            String pattern,

            @NotNull(message = "Say whether the selection SUPPORTS or CONTRADICTS the pattern.")
            Stance stance,

            @Size(max = 1000, message = "A rationale has at most 1,000 characters.")
            String rationale) {}

    public static final int MAX_BULK = 500;

    public record TagView(
            long id,
            String targetType,
            long targetId,
            long workshopId,
            PatternRef pattern,
            Stance stance,
            String rationale,
            Long taggedBy,
            String taggedByName,
            Instant taggedAt) {}

    public record PatternRef(String slug, String name) {}

    /** Tags a note or a lesson to a pattern, in the workshop the target comes from. */
    @Transactional
    public TagView tag(TagTarget target, long targetId, TagRequest request, long analystId) {
        long workshopId = target == TagTarget.NOTE
                ? noteWorkshop(targetId)
                : lessons.get(targetId, Viewer.staff(analystId)).workshopId();
        Pattern pattern = patterns.find(request.pattern());
        if (isTagged(pattern, target, targetId)) {
            throw ProblemException.conflict(
                    "This is already tagged to '" + pattern.slug + "'. Remove that tag to change its stance.");
        }
        PatternTag tag = new PatternTag();
        tag.patternId = pattern.id;
        tag.workshopId = workshopId;
        tag.noteId = target == TagTarget.NOTE ? targetId : null;
        tag.lessonId = target == TagTarget.LESSON ? targetId : null;
        tag.stance = request.stance();
        tag.rationale = request.rationale();
        tag.taggedBy = analystId;
        tag.persist();
        return view(tag);
    }

    /** Tags a selection at once; what is already tagged to the pattern is left as it is. */
    @Transactional
    public List<TagView> tagBulk(BulkRequest request, long analystId) {
        TagRequest one = new TagRequest(request.pattern(), request.stance(), request.rationale());
        List<TagView> created = new ArrayList<>();
        Pattern pattern = patterns.find(request.pattern());
        for (Long noteId : request.notes() == null ? List.<Long>of() : request.notes()) {
            if (!isTagged(pattern, TagTarget.NOTE, noteId)) {
                created.add(tag(TagTarget.NOTE, noteId, one, analystId));
            }
        }
        for (Long lessonId : request.lessons() == null ? List.<Long>of() : request.lessons()) {
            if (!isTagged(pattern, TagTarget.LESSON, lessonId)) {
                created.add(tag(TagTarget.LESSON, lessonId, one, analystId));
            }
        }
        return created;
    }

    /** The tags of one note or lesson, oldest first. */
    public List<TagView> of(TagTarget target, long targetId) {
        return PatternTag.<PatternTag>list(target.field + " = ?1 order by taggedAt, id", targetId).stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public void untag(TagTarget target, long targetId, long tagId) {
        PatternTag tag = PatternTag.<PatternTag>findByIdOptional(tagId)
                .filter(t -> Long.valueOf(targetId).equals(target.idIn(t)))
                .orElseThrow(() ->
                        ProblemException.notFound("There is no tag " + tagId + " on this " + target.noun() + "."));
        tag.delete();
    }

    private long noteWorkshop(long noteId) {
        Map<Long, Long> workshopOf = notes.workshopsOf(Set.of(noteId));
        if (!workshopOf.containsKey(noteId)) {
            throw ProblemException.notFound("There is no note " + noteId + ".");
        }
        return workshopOf.get(noteId);
    }

    private static boolean isTagged(Pattern pattern, TagTarget target, long targetId) {
        return PatternTag.count("patternId = ?1 and " + target.field + " = ?2", pattern.id, targetId) > 0;
    }

    TagView view(PatternTag tag) {
        Pattern pattern = Pattern.findById(tag.patternId);
        String by = tag.taggedBy != null && accounts.exists(tag.taggedBy)
                ? accounts.get(tag.taggedBy).displayName()
                : null;
        return new TagView(
                tag.id,
                TagTarget.of(tag).name(),
                TagTarget.of(tag).idIn(tag),
                tag.workshopId,
                new PatternRef(pattern.slug, pattern.name),
                tag.stance,
                tag.rationale,
                tag.taggedBy,
                by,
                tag.taggedAt);
    }
}
