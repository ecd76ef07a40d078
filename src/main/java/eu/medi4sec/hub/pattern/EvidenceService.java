package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonView;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The evidence behind a pattern or a technology: every tagged note and lesson with its workshop and
 * stance, notes shown through the notes API's own views (so the attribution rule holds), and counts by
 * workshop, theme and sector.
 */
@ApplicationScoped
public class EvidenceService {

    private final PatternService patterns;
    private final NoteService notes;
    private final LessonService lessons;
    private final WorkshopService workshops;

    private static final int QUEUE_LENGTH = 500;

    EvidenceService(PatternService patterns, NoteService notes, LessonService lessons, WorkshopService workshops) {
        this.patterns = patterns;
        this.notes = notes;
        this.lessons = lessons;
        this.workshops = workshops;
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

    /** The evidence without what it is evidence for: shared by patterns and technologies. */
    public record Findings(
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
        Findings findings =
                findings(PatternTag.list("patternId = ?1 order by taggedAt desc, id desc", pattern.id), viewer);
        return new Evidence(
                new TagService.PatternRef(pattern.slug, pattern.name),
                findings.supports(),
                findings.contradicts(),
                findings.items(),
                findings.byWorkshop(),
                findings.byTheme(),
                findings.bySector());
    }

    /** The evidence tagged to a technology of the catalogue, as the viewer may see it. */
    public Findings ofTechnology(long technologyId, Viewer viewer) {
        return findings(PatternTag.list("technologyId = ?1 order by taggedAt desc, id desc", technologyId), viewer);
    }

    private Findings findings(List<PatternTag> tags, Viewer viewer) {
        Map<Long, WorkshopView> workshopsById = new HashMap<>();
        List<Item> items = new ArrayList<>();
        Map<String, long[]> byWorkshop = new TreeMap<>();
        Map<String, long[]> byTheme = new TreeMap<>();
        Map<String, long[]> bySector = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        long supports = 0;
        Map<Long, NoteView> evidence = notes.evidence(
                tags.stream().map(t -> t.noteId).filter(Objects::nonNull).toList(), viewer);
        for (PatternTag tag : tags) {
            if (tag.noteId != null && !evidence.containsKey(tag.noteId)) {
                continue;
            }
            WorkshopView workshop = workshopsById.computeIfAbsent(tag.workshopId, workshops::get);
            WorkshopRef ref = new WorkshopRef(workshop.id(), workshop.title(), workshop.theme(), workshop.timeZone());
            NoteView note = tag.noteId == null ? null : evidence.get(tag.noteId);
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
        return new Findings(
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
        List<Long> visible = notes.visibleIds(workshopId);
        Set<Long> taggedIds = taggedNotes(workshopId);
        long total = visible.size();
        long tagged = visible.stream().filter(taggedIds::contains).count();
        List<LessonView> untagged = lessons.list(workshopId, viewer).stream()
                .filter(l -> PatternTag.count("lessonId = ?1 and patternId is not null", l.id()) == 0)
                .toList();
        return new WorkshopSummary(
                total, tagged, total == 0 ? 0 : Math.round(1000.0 * tagged / total) / 1000.0, untagged);
    }

    /** The workshop's visible notes that no pattern is tagged to yet, oldest first: the analyst's queue. */
    public List<NoteView> queue(long workshopId, Viewer viewer) {
        workshops.get(workshopId);
        Set<Long> tagged = taggedNotes(workshopId);
        List<Long> untagged = notes.visibleIds(workshopId).stream()
                .filter(id -> !tagged.contains(id))
                .limit(QUEUE_LENGTH)
                .toList();
        return notes.views(untagged, viewer);
    }

    /**
     * The notes of a workshop tagged to any pattern (a tag takes its note's workshop). A tag to a
     * technology alone leaves a note in the queue: it still waits for its pattern.
     */
    private static Set<Long> taggedNotes(long workshopId) {
        return PatternTag.<PatternTag>list(
                        "workshopId = ?1 and noteId is not null and patternId is not null", workshopId)
                .stream()
                .map(t -> t.noteId)
                .collect(Collectors.toSet());
    }

    private static List<Count> counts(Map<String, long[]> counts, java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), label.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
