package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** What people do with notes during a live round: send them, change or withdraw their own, vote. */
@ApplicationScoped
public class NoteCaptureService {

    private final WorkshopService workshops;
    private final SessionService sessions;
    private final NoteService notes;
    private final NoteViews views;
    private final NoteQueries queries;
    private final Idempotency idempotency;
    private final EventLog events;
    private final Json json;
    private final Clock clock;
    private final int maxLength;

    NoteCaptureService(
            WorkshopService workshops,
            SessionService sessions,
            NoteService notes,
            NoteViews views,
            NoteQueries queries,
            Idempotency idempotency,
            EventLog events,
            Json json,
            Clock clock,
            NoteConfig config) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.notes = notes;
        this.views = views;
        this.queries = queries;
        this.idempotency = idempotency;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.maxLength = config.maxLength();
    }

    /** The reason staff see on a note its author marked RESTRICTED when sending it. */
    static final String AUTHOR_RESTRICTED = "Its author marked it not for any publication.";

    /** The response to a note submission, as first sent: a retry gets exactly these bytes back. */
    public record Submitted(long noteId, String body, boolean replayed) {}

    public record VoteView(long noteId, int votes, boolean votedByMe) {}

    /**
     * Submits a note once: acknowledged only after it is committed, and a retry with the same key gets
     * the original response. {@code callerKey} scopes the idempotency key to its sender.
     */
    @Transactional
    public Submitted submit(long workshopId, NoteRequests.NewNote request, UUID key, String callerKey, Viewer author) {
        Sensitivity sensitivity = chosenSensitivity(request.sensitivity(), author);
        String fingerprint = fingerprint(workshopId, request, sensitivity);
        Optional<Idempotency.Stored> stored = idempotency.claim(callerKey, key, fingerprint);
        if (stored.isPresent()) {
            String body = stored.get().body();
            return new Submitted(json.readTree(body).get("id").asLong(), body, true);
        }
        WorkshopView workshop = workshops.get(workshopId);
        checkText(request.text());
        checkKind(request.kind(), author);
        SessionView session = sessions.get(workshopId, request.sessionId());
        if (workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict(
                    "This workshop is not live (it is " + workshop.status() + "), so it takes no notes.");
        }
        if (!session.roundOpen()) {
            throw ProblemException.conflict("The round \"" + session.title() + "\" is not open for notes.");
        }
        Note note = new Note();
        note.workshopId = workshopId;
        note.sessionId = request.sessionId();
        note.authorDelegateId = author.delegateId();
        note.authorAccountId = author.accountId();
        note.kind = request.kind();
        note.text = request.text();
        note.clientKey = key;
        note.sensitivity = sensitivity;
        if (sensitivity != Sensitivity.NONE && !author.isStaff()) {
            note.sensitivityReason = AUTHOR_RESTRICTED;
        }
        note.status = workshop.preModeration() && !author.isStaff() ? NoteStatus.PENDING : NoteStatus.VISIBLE;
        note.createdAt = Times.now(clock);
        note.updatedAt = note.createdAt;
        note.persistAndFlush();
        String body = json.write(notes.view(note, author));
        idempotency.complete(callerKey, key, 201, body);
        // last: the event's sequence number is handed out under a per-workshop lock held until commit
        events.append(workshopId, "note.created", note.id, note.sessionId, null);
        return new Submitted(note.id, body, false);
    }

    @Transactional
    public NoteView edit(long noteId, NoteRequests.Edit edit, Viewer viewer) {
        Note note = ownNote(noteId, viewer);
        if (edit.text() != null) {
            checkText(edit.text());
            note.text = edit.text();
        }
        if (edit.kind() != null) {
            checkKind(edit.kind(), viewer);
            note.kind = edit.kind();
        }
        note.updatedAt = Times.now(clock);
        NoteView edited = notes.view(note, viewer);
        events.append(note.workshopId, "note.edited", note.id, note.sessionId, null);
        return edited;
    }

    @Transactional
    public NoteView withdraw(long noteId, Viewer viewer) {
        Note note = ownNote(noteId, viewer);
        note.withdraw(Times.now(clock));
        NoteView withdrawn = notes.view(note, viewer);
        events.append(note.workshopId, "note.withdrawn", note.id, note.sessionId, null);
        return withdrawn;
    }

    /** One vote per delegate per note; repeating either way is harmless. */
    @Transactional
    public VoteView vote(long noteId, Viewer voter, boolean on) {
        Note note = notes.find(noteId, voter);
        note.requireVotable();
        boolean changed = queries.vote(noteId, voter.delegateId(), on);
        int votes = queries.votes(noteId);
        if (changed) {
            events.append(note.workshopId, "vote.changed", note.id, note.sessionId, null);
        }
        return new VoteView(noteId, votes, on);
    }

    /**
     * The label the sender chose: NONE when left out; a delegate may only add RESTRICTED (their own "not for
     * any publication"), staff any label. Checked before the idempotency claim, so a refused label claims no key.
     */
    private static Sensitivity chosenSensitivity(String requested, Viewer author) {
        if (requested == null) {
            return Sensitivity.NONE;
        }
        Sensitivity label = Sensitivity.of("sensitivity", requested);
        if (!author.isStaff() && label != Sensitivity.NONE && label != Sensitivity.RESTRICTED) {
            throw ProblemException.invalid(
                    "sensitivity",
                    "A delegate may mark their note RESTRICTED (not for any publication) or leave it NONE; "
                            + "facilitators set the other labels.");
        }
        return label;
    }

    /**
     * What makes two submissions the same. The label counts only when it is not NONE, so that keys claimed
     * before notes had labels still match their retries.
     */
    private static String fingerprint(long workshopId, NoteRequests.NewNote request, Sensitivity sensitivity) {
        String workshop = Long.toString(workshopId);
        String kind = request.kind() == null ? null : request.kind().name();
        String session = String.valueOf(request.sessionId());
        return sensitivity == Sensitivity.NONE
                ? Idempotency.fingerprint(workshop, request.text(), kind, session)
                : Idempotency.fingerprint(workshop, request.text(), kind, session, sensitivity.name());
    }

    private Note ownNote(long noteId, Viewer viewer) {
        Note note = notes.find(noteId, viewer);
        note.requireChangeableBy(viewer.delegateId(), viewer.accountId(), Times.now(clock), views.editWindow());
        return note;
    }

    private void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "Write something first.");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ProblemException.invalid("text", "A note has at most " + maxLength + " characters.");
        }
    }

    private static void checkKind(NoteKind kind, Viewer author) {
        if (kind == NoteKind.DISCUSSION && !author.isStaff()) {
            throw ProblemException.invalid("kind", "Only staff write DISCUSSION notes; choose another kind.");
        }
    }
}
