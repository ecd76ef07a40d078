package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonView;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteStatus;
import eu.medi4sec.hub.note.NoteView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence behind a pattern: every tagged note and lesson with its workshop and stance, notes
 * shown through the notes API's own views (so the attribution rule holds), and counts by workshop,
 * theme and sector.
 */
@ApplicationScoped
public class EvidenceService {

    private final PatternService patterns;
    private final NoteService notes;
    private final LessonService lessons;
    private final WorkshopService workshops;
    private final EntityManager em;

    EvidenceService(
            PatternService patterns,
            NoteService notes,
            LessonService lessons,
            WorkshopService workshops,
            EntityManager em) {
        this.patterns = patterns;
        this.notes = notes;
        this.lessons = lessons;
        this.workshops = workshops;
        this.em = em;
    }

    /** The workshop an item comes from, with its zone so that clients show times as the room lived them. */
    public record WorkshopRef(long id, String title, String theme, String timeZone) {}

    public record Item(
            String type,
            long tagId,
            Stance stance,
            String rationale,
            Instant taggedAt,
            WorkshopRef workshop,
            NoteView note,
            LessonView lesson) {}

    public record Count(String key, String label, long supports, long contradicts) {}

    public record Evidence(
            TagService.PatternRef pattern,
            long supports,
            long contradicts,
            List<Item> items,
            List<Count> byWorkshop,
            List<Count> byTheme,
            List<Count> bySector) {}

    public record WorkshopSummary(
            long notes, long taggedNotes, double shareTagged, List<LessonView> lessonsWithoutPattern) {}

    public Evidence of(String slug, Viewer viewer) {
        Pattern pattern = patterns.find(slug);
        List<PatternTag> tags = PatternTag.list("patternId = ?1 order by taggedAt desc, id desc", pattern.id);
        Map<Long, WorkshopView> workshopsById = new HashMap<>();
        List<Item> items = new ArrayList<>();
        Map<String, long[]> byWorkshop = new TreeMap<>();
        Map<String, long[]> byTheme = new TreeMap<>();
        Map<String, long[]> bySector = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        long supports = 0;
        for (PatternTag tag : tags) {
            WorkshopView workshop = workshopsById.computeIfAbsent(tag.workshopId, workshops::get);
            WorkshopRef ref = new WorkshopRef(workshop.id(), workshop.title(), workshop.theme(), workshop.timeZone());
            NoteView note = tag.noteId == null ? null : notes.get(tag.noteId, viewer);
            if (note != null && note.status() != NoteStatus.VISIBLE && !viewer.isStaff()) {
                continue;
            }
            LessonView lesson = tag.lessonId == null ? null : lessons.get(tag.lessonId, viewer);
            items.add(new Item(
                    note != null ? "NOTE" : "LESSON",
                    tag.id,
                    tag.stance,
                    tag.rationale,
                    tag.taggedAt,
                    ref,
                    note,
                    lesson));
            int column = tag.stance == Stance.SUPPORTS ? 0 : 1;
            supports += 1 - column;
            byWorkshop.computeIfAbsent(Long.toString(workshop.id()), k -> new long[2])[column]++;
            labels.put("w" + workshop.id(), workshop.title());
            byTheme.computeIfAbsent(workshop.theme(), k -> new long[2])[column]++;
            // the sector only as the note's view shows it: under ANONYMOUS it stays undisclosed
            String sector =
                    note != null && note.author() != null && note.author().sector() != null
                            ? note.author().sector().name()
                            : note != null ? "UNDISCLOSED" : "LESSON";
            bySector.computeIfAbsent(sector, k -> new long[2])[column]++;
        }
        return new Evidence(
                new TagService.PatternRef(pattern.slug, pattern.name),
                supports,
                items.size() - supports,
                items,
                counts(byWorkshop, k -> labels.get("w" + k)),
                counts(byTheme, k -> k),
                counts(bySector, k -> k));
    }

    /** A workshop's tagging progress: share of visible notes tagged, and lessons tagged to no pattern. */
    public WorkshopSummary summary(long workshopId, Viewer viewer) {
        workshops.get(workshopId);
        Object[] row = (Object[])
                em.createNativeQuery("""
                select count(*), count(*) filter (where exists (select 1 from pattern_tag t where t.note_id = n.id))
                from note n where n.workshop_id = :w and n.status = 'VISIBLE'""").setParameter("w", workshopId).getSingleResult();
        long total = ((Number) row[0]).longValue();
        long tagged = ((Number) row[1]).longValue();
        List<LessonView> untagged = lessons.list(workshopId, viewer).stream()
                .filter(l -> PatternTag.count("lessonId", l.id()) == 0)
                .toList();
        return new WorkshopSummary(
                total, tagged, total == 0 ? 0 : Math.round(1000.0 * tagged / total) / 1000.0, untagged);
    }

    /** The workshop's visible notes that no pattern is tagged to yet, oldest first: the analyst's queue. */
    public List<NoteView> queue(long workshopId, Viewer viewer) {
        workshops.get(workshopId);
        @SuppressWarnings("unchecked")
        List<Number> ids =
                em.createNativeQuery("""
                select n.id from note n where n.workshop_id = :w and n.status = 'VISIBLE'
                and not exists (select 1 from pattern_tag t where t.note_id = n.id)
                order by n.created_at, n.id limit 500""").setParameter("w", workshopId).getResultList();
        return ids.stream().map(id -> notes.get(id.longValue(), viewer)).toList();
    }

    private static List<Count> counts(Map<String, long[]> counts, java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), label.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
