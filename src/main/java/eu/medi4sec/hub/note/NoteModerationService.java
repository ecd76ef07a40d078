package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderators hide, restore, approve, pin and merge notes; staff label what may leave the room and
 * curators write a note's publication text. Each action is kept in the moderation log.
 */
@ApplicationScoped
public class NoteModerationService {

    private final WorkshopService workshops;
    private final AccountService accounts;
    private final NoteService notes;
    private final NoteQueries queries;
    private final EventLog events;
    private final Clock clock;

    NoteModerationService(
            WorkshopService workshops,
            AccountService accounts,
            NoteService notes,
            NoteQueries queries,
            EventLog events,
            Clock clock) {
        this.workshops = workshops;
        this.accounts = accounts;
        this.notes = notes;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /** Event types only staff (and, for a label, the note's author) receive: see {@link NoteEventRenderer}. */
    static final String LABELLED = "note.labelled";

    static final String REWORDED = "note.publication-text-changed";

    /** Characters a publication text may have, as a note. */
    static final int MAX_PUBLICATION_TEXT = 2000;

    /** One moderation action, naming the note by its text (staff read every note) and the moderator by name. */
    public record ModerationEntry(
            long id,
            long noteId,
            String noteText,
            String action,
            String reason,
            long actorAccountId,
            String actorName,
            Instant at) {}

    @Transactional
    public NoteView hide(long noteId, String reason, Viewer moderator) {
        Note note = notes.find(noteId, moderator);
        note.hide(reason);
        return logged(note, "note.hidden", "HIDE", reason, moderator);
    }

    @Transactional
    public NoteView restore(long noteId, Viewer moderator) {
        Note note = notes.find(noteId, moderator);
        note.restore();
        return logged(note, "note.restored", "RESTORE", null, moderator);
    }

    @Transactional
    public NoteView approve(long noteId, Viewer moderator) {
        Note note = notes.find(noteId, moderator);
        note.approve();
        return logged(note, "note.approved", "APPROVE", null, moderator);
    }

    @Transactional
    public NoteView pin(long noteId, boolean pinned, Viewer moderator) {
        Note note = notes.find(noteId, moderator);
        if (!note.pin(pinned)) {
            return notes.view(note, moderator);
        }
        return logged(note, pinned ? "note.pinned" : "note.unpinned", pinned ? "PIN" : "UNPIN", null, moderator);
    }

    /** Folds one note into another; the survivor takes the votes (a delegate who voted for both counts once). */
    @Transactional
    public NoteView merge(long noteId, long intoId, Viewer moderator) {
        Note source = notes.find(noteId, moderator);
        Note target = notes.find(intoId, moderator);
        source.mergeInto(target);
        queries.moveVotes(source, target);
        events.append(target.workshopId, "vote.changed", target.id, target.sessionId, null);
        return logged(source, "note.merged", "MERGE", "into note " + target.id, moderator);
    }

    /**
     * Labels what may leave the room (any staff member). The same label again changes nothing and logs
     * nothing; a new reason for the same label is recorded like a new label.
     */
    @Transactional
    public NoteView label(long noteId, NoteRequests.SensitivityLabel request, Viewer staff) {
        Note note = notes.find(noteId, staff);
        Sensitivity label = Sensitivity.of("label", request.label());
        String reason = blankToNull(request.reason());
        if (!note.label(label, reason)) {
            return notes.view(note, staff);
        }
        String logged = label + (note.sensitivityReason == null ? "" : ": " + note.sensitivityReason);
        return logged(note, LABELLED, "SENSITIVITY", fit(logged), staff);
    }

    /** The analyst's wording for outputs; null or blank clears it. The same text again logs nothing. */
    @Transactional
    public NoteView publicationText(long noteId, String text, Viewer curator) {
        Note note = notes.find(noteId, curator);
        String wording = blankToNull(text);
        if (wording != null && wording.codePointCount(0, wording.length()) > MAX_PUBLICATION_TEXT) {
            throw ProblemException.invalid(
                    "text",
                    "A publication text has at most " + String.format("%,d", MAX_PUBLICATION_TEXT) + " characters.");
        }
        if (!note.reword(wording)) {
            return notes.view(note, curator);
        }
        String logged = wording == null ? "Cleared: outputs use the original text." : fit(wording);
        return logged(note, REWORDED, "PUBLICATION_TEXT", logged, curator);
    }

    public List<ModerationEntry> moderationLog(long workshopId) {
        workshops.get(workshopId);
        List<ModerationAction> actions =
                ModerationAction.list("workshopId = ?1 order by createdAt desc, id desc", workshopId);
        Map<Long, String> texts = new HashMap<>();
        if (!actions.isEmpty()) {
            Note.<Note>list(
                            "id in ?1",
                            actions.stream().map(a -> a.noteId).distinct().toList())
                    .forEach(n -> texts.put(n.id, n.text));
        }
        return actions.stream()
                .map(a -> new ModerationEntry(
                        a.id,
                        a.noteId,
                        texts.get(a.noteId),
                        a.action,
                        a.reason,
                        a.actorAccountId,
                        accounts.exists(a.actorAccountId)
                                ? accounts.get(a.actorAccountId).displayName()
                                : null,
                        a.createdAt))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The log keeps up to 500 characters of a reason. */
    private static String fit(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }

    private NoteView logged(Note note, String event, String action, String reason, Viewer moderator) {
        Instant now = Times.now(clock);
        note.updatedAt = now;
        ModerationAction entry = new ModerationAction();
        entry.workshopId = note.workshopId;
        entry.noteId = note.id;
        entry.actorAccountId = moderator.accountId();
        entry.action = action;
        entry.reason = reason;
        entry.createdAt = now;
        entry.persist();
        NoteView moderated = notes.view(note, moderator);
        events.append(note.workshopId, event, note.id, note.sessionId, null);
        return moderated;
    }
}
