package eu.medi4sec.hub.export;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.lesson.LessonService;
import eu.medi4sec.hub.lesson.LessonView;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteStatus;
import eu.medi4sec.hub.note.NoteView;
import eu.medi4sec.hub.note.OutputNote;
import eu.medi4sec.hub.output.Quotes;
import eu.medi4sec.hub.output.Redactor;
import eu.medi4sec.hub.pattern.TagService;
import eu.medi4sec.hub.pattern.TagService.TagView;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a workshop's export, and decides in this one place what of it a viewer may take away. Admins get
 * the full record. Everyone else gets what may leave the room, as every output gives it: only visible
 * notes labelled NONE (a count of the visible ones withheld for their label), in their publication
 * wording and redacted ({@link Quotes}), authors by sector only and not at all under ANONYMOUS, and
 * analysts by number rather than by name. The JSON, the CSV files and the REFI-QDA project are all
 * written from what this builds.
 */
@ApplicationScoped
class ExportService {

    /** Beyond this a chain of merges is taken as broken rather than followed. */
    private static final int MAX_MERGE_DEPTH = 20;

    private final WorkshopService workshops;
    private final SessionService sessions;
    private final NoteService notes;
    private final LessonService lessons;
    private final TagService tags;
    private final Quotes quotes;
    private final Clock clock;

    ExportService(
            WorkshopService workshops,
            SessionService sessions,
            NoteService notes,
            LessonService lessons,
            TagService tags,
            Quotes quotes,
            Clock clock) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.notes = notes;
        this.lessons = lessons;
        this.tags = tags;
        this.quotes = quotes;
        this.clock = clock;
    }

    /** The workshop's export as this (staff) viewer may take it; 404 for an unknown workshop. */
    WorkshopExport export(long workshopId, Viewer viewer) {
        WorkshopView workshop = workshops.get(workshopId);
        boolean full = viewer.kind() == Viewer.Kind.ADMIN;
        Redactor redactor = full ? null : quotes.redactorFor(workshopId);
        List<OutputNote> all = notes.forOutput(workshopId);

        NoteSelection selection = full ? NoteSelection.everything(all) : NoteSelection.publishable(all);
        List<WorkshopExport.Note> exportedNotes =
                full ? fullNotes(all, viewer) : redactedNotes(all, selection, workshop, redactor);

        List<WorkshopExport.Lesson> exportedLessons = lessons.list(workshopId, viewer).stream()
                .map(l -> lesson(l, selection, redactor))
                .toList();
        Set<Long> lessonIds =
                exportedLessons.stream().map(WorkshopExport.Lesson::id).collect(Collectors.toSet());

        List<WorkshopExport.Tag> exportedTags =
                tags(tags.inWorkshop(workshopId), selection.withText(), lessonIds, full, redactor);

        return new WorkshopExport(
                WorkshopExport.SCHEMA,
                full ? WorkshopExport.Scope.FULL : WorkshopExport.Scope.REDACTED,
                Times.now(clock).truncatedTo(ChronoUnit.SECONDS),
                workshop(workshop, selection.withheld()),
                sessions.list(workshopId).stream().map(s -> session(s, full)).toList(),
                exportedNotes,
                exportedLessons,
                exportedTags);
    }

    // ---- which notes ---------------------------------------------------------------------------------

    /**
     * The notes an export holds in full ({@code withText}), where each note a lesson or a tag may name
     * ends up ({@code target}: itself, or for a merged note the note it went into), and how many visible
     * notes were withheld for their label.
     */
    private record NoteSelection(Set<Long> withText, Map<Long, Long> target, int withheld) {

        static NoteSelection everything(List<OutputNote> all) {
            Set<Long> ids = all.stream().map(OutputNote::id).collect(Collectors.toCollection(LinkedHashSet::new));
            return new NoteSelection(ids, ids.stream().collect(Collectors.toMap(id -> id, id -> id)), 0);
        }

        static NoteSelection publishable(List<OutputNote> all) {
            Map<Long, OutputNote> byId = all.stream().collect(Collectors.toMap(OutputNote::id, Function.identity()));
            Set<Long> withText = all.stream()
                    .filter(OutputNote::publishable)
                    .map(OutputNote::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Map<Long, Long> target = new HashMap<>();
            withText.forEach(id -> target.put(id, id));
            for (OutputNote note : all) {
                if (note.status() == NoteStatus.MERGED && note.sensitivity().publishable()) {
                    Long end = finalTarget(note, byId);
                    if (end != null && withText.contains(end)) {
                        target.put(note.id(), end);
                    }
                }
            }
            int withheld = (int) all.stream()
                    .filter(n -> n.visible() && !n.sensitivity().publishable())
                    .count();
            return new NoteSelection(withText, target, withheld);
        }

        /** Where a chain of merges ends (a merged note may itself be merged on). */
        private static Long finalTarget(OutputNote note, Map<Long, OutputNote> byId) {
            OutputNote current = note;
            for (int depth = 0; depth < MAX_MERGE_DEPTH; depth++) {
                if (current.status() != NoteStatus.MERGED || current.mergedInto() == null) {
                    return current.id();
                }
                current = byId.get(current.mergedInto());
                if (current == null) {
                    return null;
                }
            }
            return null;
        }
    }

    // ---- parts -----------------------------------------------------------------------------------------

    private static WorkshopExport.Workshop workshop(WorkshopView w, int withheld) {
        return new WorkshopExport.Workshop(
                w.id(),
                w.title(),
                w.theme(),
                w.description(),
                w.startsAt(),
                w.endsAt(),
                w.timeZone(),
                w.venue(),
                w.status(),
                w.attribution(),
                withheld);
    }

    private static WorkshopExport.Session session(SessionView s, boolean full) {
        String facilitator = full && s.facilitator() != null ? s.facilitator().displayName() : null;
        return new WorkshopExport.Session(
                s.id(), s.position(), s.title(), s.prompt(), s.startsAt(), s.endsAt(), facilitator);
    }

    /** Every note as written, authors as the admin API shows them. */
    private List<WorkshopExport.Note> fullNotes(List<OutputNote> all, Viewer admin) {
        Map<Long, NoteView> views = new HashMap<>();
        notes.views(all.stream().map(OutputNote::id).toList(), admin).forEach(v -> views.put(v.id(), v));
        List<WorkshopExport.Note> result = new ArrayList<>(all.size());
        for (OutputNote n : all) {
            NoteView view = views.get(n.id());
            NoteView.Author a = view == null ? null : view.author();
            WorkshopExport.Author author = a == null
                    ? null
                    : new WorkshopExport.Author(
                            a.role() != null ? a.role() : "DELEGATE",
                            a.sector(),
                            a.name(),
                            a.organisation(),
                            a.delegateId(),
                            a.accountId());
            result.add(new WorkshopExport.Note(
                    n.id(),
                    n.sessionId(),
                    n.kind(),
                    n.status(),
                    n.originalText(),
                    n.votes(),
                    n.mergedInto(),
                    n.createdAt(),
                    author,
                    n.hasPublicationText() ? n.text() : null,
                    n.sensitivity(),
                    view == null ? null : view.pinned(),
                    view == null ? null : view.hiddenReason()));
        }
        return result;
    }

    /** Publishable notes as quotes (redacted, attributed by sector), and stubs for notes merged into them. */
    private List<WorkshopExport.Note> redactedNotes(
            List<OutputNote> all, NoteSelection selection, WorkshopView workshop, Redactor redactor) {
        List<WorkshopExport.Note> result = new ArrayList<>();
        for (OutputNote n : all) {
            if (selection.withText().contains(n.id())) {
                Quotes.Quote quote = quotes.quote(n, workshop, redactor);
                result.add(new WorkshopExport.Note(
                        n.id(),
                        n.sessionId(),
                        n.kind(),
                        n.status(),
                        quote.text(),
                        n.votes(),
                        null,
                        n.createdAt(),
                        redactedAuthor(n, quote, workshop.attribution()),
                        null,
                        null,
                        null,
                        null));
            } else if (selection.target().containsKey(n.id())) {
                result.add(WorkshopExport.Note.stub(
                        n.id(), n.sessionId(), n.kind(), selection.target().get(n.id())));
            }
        }
        return result;
    }

    /** Under ANONYMOUS nothing; otherwise the sector of a delegate, or that staff wrote it for the room. */
    private static WorkshopExport.Author redactedAuthor(OutputNote n, Quotes.Quote quote, Attribution attribution) {
        if (attribution == Attribution.ANONYMOUS) {
            return null;
        }
        if (n.staffAuthor()) {
            return new WorkshopExport.Author("RAPPORTEUR", null, null, null, null, null);
        }
        if (n.authorDelegateId() == null) {
            return null;
        }
        return new WorkshopExport.Author("DELEGATE", quote.sector(), null, null, null, null);
    }

    private static WorkshopExport.Lesson lesson(LessonView l, NoteSelection selection, Redactor redactor) {
        Set<Long> noteIds = new LinkedHashSet<>();
        for (Long id : l.noteIds()) {
            Long target = selection.target().get(id);
            if (target != null) {
                noteIds.add(target);
            }
        }
        return new WorkshopExport.Lesson(
                l.id(),
                redact(redactor, l.title()),
                redact(redactor, l.statement()),
                l.type(),
                l.status(),
                l.endorsements(),
                List.copyOf(noteIds),
                l.createdAt(),
                l.updatedAt());
    }

    /** Tags on the notes and lessons in the export; analysts by name for admins, by number for others. */
    private static List<WorkshopExport.Tag> tags(
            List<TagView> all, Set<Long> noteIds, Set<Long> lessonIds, boolean full, Redactor redactor) {
        Map<Long, String> analystNumbers = new LinkedHashMap<>();
        List<WorkshopExport.Tag> result = new ArrayList<>();
        for (TagView t : all) {
            boolean onNote = "NOTE".equals(t.targetType());
            if (onNote ? !noteIds.contains(t.targetId()) : !lessonIds.contains(t.targetId())) {
                continue;
            }
            String analyst;
            if (full) {
                analyst = t.taggedByName();
            } else if (t.taggedBy() == null) {
                analyst = null;
            } else {
                analyst = analystNumbers.computeIfAbsent(t.taggedBy(), k -> "Analyst " + (analystNumbers.size() + 1));
            }
            result.add(new WorkshopExport.Tag(
                    t.id(),
                    t.targetType(),
                    t.targetId(),
                    t.pattern() == null
                            ? null
                            : new WorkshopExport.Code(
                                    t.pattern().slug(), t.pattern().name()),
                    technology(t),
                    t.stance(),
                    redact(redactor, t.rationale()),
                    analyst,
                    full ? t.taggedBy() : null,
                    t.taggedAt()));
        }
        return result;
    }

    private static WorkshopExport.Code technology(TagView t) {
        return t.technology() == null
                ? null
                : new WorkshopExport.Code(t.technology().slug(), t.technology().name());
    }

    private static String redact(Redactor redactor, String text) {
        return redactor == null ? text : redactor.redact(text);
    }
}
