package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lessons drafted from notes; emerging ones appear live, and delegates may endorse them once each. */
@ApplicationScoped
public class LessonService {

    private final WorkshopService workshops;
    private final NoteService notes;
    private final EventLog events;
    private final LessonQueries queries;
    private final Clock clock;

    LessonService(WorkshopService workshops, NoteService notes, EventLog events, LessonQueries queries, Clock clock) {
        this.workshops = workshops;
        this.notes = notes;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    public List<LessonView> list(long workshopId, Viewer viewer) {
        workshops.get(workshopId);
        List<Lesson> lessons = Lesson.list("workshopId = ?1 order by createdAt, id", workshopId);
        Set<Long> endorsed = endorsedBy(viewer);
        return lessons.stream()
                .filter(l -> visibleTo(l, viewer))
                .map(l -> LessonView.of(l, viewer.delegateId() == null ? null : endorsed.contains(l.id)))
                .toList();
    }

    /** Every PUBLISHED lesson of these types, in any workshop, oldest first: what publications draw on. */
    public List<LessonView> published(java.util.Collection<LessonType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        // the supporting notes in the same query, not one more per lesson
        return Lesson.<Lesson>list(
                        "select distinct l from Lesson l left join fetch l.noteIds"
                                + " where l.status = ?1 and l.type in ?2 order by l.createdAt, l.id",
                        LessonStatus.PUBLISHED,
                        types)
                .stream()
                .map(l -> LessonView.of(l, null))
                .toList();
    }

    public LessonView get(long lessonId, Viewer viewer) {
        Lesson lesson = find(lessonId, viewer);
        if (!visibleTo(lesson, viewer)) {
            throw ProblemException.notFound("There is no lesson " + lessonId + ".");
        }
        return view(lesson, viewer);
    }

    @Transactional
    public LessonView create(long workshopId, LessonRequest request, Viewer author) {
        workshops.get(workshopId);
        checkNotes(workshopId, request.noteIds());
        Lesson lesson = new Lesson();
        lesson.workshopId = workshopId;
        lesson.authorAccountId = author.accountId();
        apply(request, lesson);
        lesson.persist();
        Lesson.flush();
        LessonView created = view(lesson, author);
        events.append(workshopId, "lesson.created", null, null, lesson.id);
        return created;
    }

    @Transactional
    public LessonView update(long lessonId, LessonRequest request, Optional<Long> ifMatchVersion, Viewer editor) {
        Lesson lesson = find(lessonId, editor);
        ETags.requireFresh(lesson.version, ifMatchVersion, request.version(), "lesson");
        checkNotes(lesson.workshopId, request.noteIds());
        apply(request, lesson);
        lesson.updatedAt = Times.now(clock);
        Lesson.flush();
        LessonView updated = view(lesson, editor);
        events.append(lesson.workshopId, "lesson.updated", null, null, lesson.id);
        return updated;
    }

    @Transactional
    public LessonView transition(long lessonId, LessonStatus target, Viewer editor) {
        Lesson lesson = find(lessonId, editor);
        lesson.moveTo(target);
        Lesson.flush();
        LessonView moved = view(lesson, editor);
        events.append(lesson.workshopId, "lesson.transitioned", null, null, lesson.id);
        return moved;
    }

    /** One endorsement per delegate per lesson; repeating is harmless. */
    @Transactional
    public LessonView endorse(long lessonId, Viewer delegate, boolean on) {
        Lesson lesson = find(lessonId, delegate);
        if (lesson.status == LessonStatus.REJECTED) {
            throw ProblemException.conflict("A rejected lesson takes no endorsements.");
        }
        boolean changed = queries.endorse(lesson, delegate.delegateId(), on);
        LessonView view = view(lesson, delegate);
        if (changed) {
            events.append(lesson.workshopId, "lesson.endorsed", null, null, lesson.id);
        }
        return view;
    }

    /** For the live feed: the lesson as this viewer may see it. */
    public Optional<LessonView> render(long lessonId, Viewer viewer) {
        return Lesson.<Lesson>findByIdOptional(lessonId)
                .filter(l -> visibleTo(l, viewer))
                .map(l -> LessonView.of(l, null));
    }

    private Lesson find(long lessonId, Viewer viewer) {
        Lesson lesson = Lesson.<Lesson>findByIdOptional(lessonId)
                .orElseThrow(() -> ProblemException.notFound("There is no lesson " + lessonId + "."));
        if (!viewer.reaches(lesson.workshopId)) {
            throw ProblemException.notFound("There is no lesson " + lessonId + ".");
        }
        return lesson;
    }

    private void checkNotes(long workshopId, List<Long> noteIds) {
        if (noteIds == null || noteIds.isEmpty()) {
            return;
        }
        Map<Long, Long> workshopOf = notes.workshopsOf(new HashSet<>(noteIds));
        for (Long id : noteIds) {
            if (!Long.valueOf(workshopId).equals(workshopOf.get(id))) {
                throw ProblemException.invalid("noteIds", "Note " + id + " is not a note of this workshop.");
            }
        }
    }

    private static void apply(LessonRequest request, Lesson lesson) {
        lesson.title = request.title().trim();
        lesson.statement = request.statement().trim();
        lesson.type = request.type();
        lesson.noteIds.clear();
        if (request.noteIds() != null) {
            lesson.noteIds.addAll(request.noteIds());
        }
    }

    private LessonView view(Lesson lesson, Viewer viewer) {
        return LessonView.of(
                lesson, viewer.delegateId() == null ? null : endorsedBy(viewer).contains(lesson.id));
    }

    private static boolean visibleTo(Lesson lesson, Viewer viewer) {
        return viewer.isStaff() || lesson.status != LessonStatus.REJECTED;
    }

    private Set<Long> endorsedBy(Viewer viewer) {
        return viewer.delegateId() == null ? Set.of() : queries.endorsedBy(viewer.delegateId());
    }
}
