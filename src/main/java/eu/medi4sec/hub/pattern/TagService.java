package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonView;
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

    @Transactional
    public TagView tagNote(long noteId, TagRequest request, long analystId) {
        Map<Long, Long> workshopOf = notes.workshopsOf(Set.of(noteId));
        if (!workshopOf.containsKey(noteId)) {
            throw ProblemException.notFound("There is no note " + noteId + ".");
        }
        return create(request, workshopOf.get(noteId), noteId, null, analystId);
    }

    @Transactional
    public TagView tagLesson(long lessonId, TagRequest request, long analystId) {
        LessonView lesson = lessons.get(lessonId, Viewer.staff(analystId));
        return create(request, lesson.workshopId(), null, lessonId, analystId);
    }

    /** Tags a selection at once; what is already tagged to the pattern is left as it is. */
    @Transactional
    public List<TagView> tagBulk(BulkRequest request, long analystId) {
        TagRequest one = new TagRequest(request.pattern(), request.stance(), request.rationale());
        List<TagView> created = new ArrayList<>();
        Pattern pattern = patterns.find(request.pattern());
        for (Long noteId : request.notes() == null ? List.<Long>of() : request.notes()) {
            if (PatternTag.count("patternId = ?1 and noteId = ?2", pattern.id, noteId) == 0) {
                created.add(tagNote(noteId, one, analystId));
            }
        }
        for (Long lessonId : request.lessons() == null ? List.<Long>of() : request.lessons()) {
            if (PatternTag.count("patternId = ?1 and lessonId = ?2", pattern.id, lessonId) == 0) {
                created.add(tagLesson(lessonId, one, analystId));
            }
        }
        return created;
    }

    public List<TagView> ofNote(long noteId) {
        return PatternTag.<PatternTag>list("noteId = ?1 order by taggedAt, id", noteId).stream()
                .map(this::view)
                .toList();
    }

    public List<TagView> ofLesson(long lessonId) {
        return PatternTag.<PatternTag>list("lessonId = ?1 order by taggedAt, id", lessonId).stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public void untag(String targetType, long targetId, long tagId) {
        PatternTag tag = PatternTag.<PatternTag>findByIdOptional(tagId)
                .filter(t -> "NOTE".equals(targetType)
                        ? Long.valueOf(targetId).equals(t.noteId)
                        : Long.valueOf(targetId).equals(t.lessonId))
                .orElseThrow(() -> ProblemException.notFound(
                        "There is no tag " + tagId + " on this " + targetType.toLowerCase() + "."));
        tag.delete();
    }

    private TagView create(TagRequest request, long workshopId, Long noteId, Long lessonId, long analystId) {
        Pattern pattern = patterns.find(request.pattern());
        boolean exists = noteId != null
                ? PatternTag.count("patternId = ?1 and noteId = ?2", pattern.id, noteId) > 0
                : PatternTag.count("patternId = ?1 and lessonId = ?2", pattern.id, lessonId) > 0;
        if (exists) {
            throw ProblemException.conflict(
                    "This is already tagged to '" + pattern.slug + "'. Remove that tag to change its stance.");
        }
        PatternTag tag = new PatternTag();
        tag.patternId = pattern.id;
        tag.workshopId = workshopId;
        tag.noteId = noteId;
        tag.lessonId = lessonId;
        tag.stance = request.stance();
        tag.rationale = request.rationale();
        tag.taggedBy = analystId;
        tag.persist();
        return view(tag);
    }

    TagView view(PatternTag tag) {
        Pattern pattern = Pattern.findById(tag.patternId);
        String by = tag.taggedBy != null && accounts.exists(tag.taggedBy)
                ? accounts.get(tag.taggedBy).displayName()
                : null;
        return new TagView(
                tag.id,
                tag.noteId != null ? "NOTE" : "LESSON",
                tag.noteId != null ? tag.noteId : tag.lessonId,
                tag.workshopId,
                new PatternRef(pattern.slug, pattern.name),
                tag.stance,
                tag.rationale,
                tag.taggedBy,
                by,
                tag.taggedAt);
    }
}
