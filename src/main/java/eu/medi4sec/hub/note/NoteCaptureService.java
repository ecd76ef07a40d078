package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.delegate.DelegateCache;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final RoundCache rounds;
    private final DelegateCache activeDelegates;
    private final AccountService accounts;
    private final NoteInserts inserts;
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
            RoundCache rounds,
            DelegateCache activeDelegates,
            AccountService accounts,
            NoteInserts inserts,
            Clock clock,
            NoteConfig config) {
        this.rounds = rounds;
        this.activeDelegates = activeDelegates;
        this.accounts = accounts;
        this.inserts = inserts;
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
     *
     * <p>The fast path, taken when this instance's caches know the workshop LIVE, the round open and the
     * author active, makes the response here and writes key, response, note and event in one guarded
     * statement: one transaction, one statement. Whenever that statement finds the rows no longer as
     * cached, or the key taken, the slow path reads everything afresh and answers as it always did.
     */
    @Transactional
    public Submitted submit(long workshopId, NoteRequests.NewNote request, UUID key, String callerKey, Viewer author) {
        Sensitivity sensitivity = chosenSensitivity(request.sensitivity(), author);
        String fingerprint = fingerprint(workshopId, request, sensitivity);
        Optional<Submitted> fast = submitFast(workshopId, request, key, callerKey, author, sensitivity, fingerprint);
        if (fast.isPresent()) {
            return fast.get();
        }
        return submitAfresh(workshopId, request, key, callerKey, author, sensitivity, fingerprint);
    }

    private Optional<Submitted> submitFast(
            long workshopId,
            NoteRequests.NewNote request,
            UUID key,
            String callerKey,
            Viewer author,
            Sensitivity sensitivity,
            String fingerprint) {
        if (!isValidText(request.text()) || !mayWrite(request.kind(), author)) {
            return Optional.empty();
        }
        Optional<RoundCache.WorkshopFacts> workshop =
                rounds.workshop(workshopId).filter(w -> w.status() == WorkshopStatus.LIVE);
        boolean roundOpen = rounds.session(request.sessionId())
                .filter(s -> s.workshopId() == workshopId && s.roundOpen())
                .isPresent();
        if (workshop.isEmpty() || !roundOpen) {
            return Optional.empty();
        }
        DelegateCache.Active delegate = null;
        NoteViews.AuthorInfo authorInfo = null;
        if (author.delegateId() != null) {
            delegate = activeDelegates
                    .cached(author.delegateId())
                    .filter(d -> d.workshopId() == workshopId)
                    .orElse(null);
            if (delegate == null) {
                return Optional.empty();
            }
            authorInfo = new NoteViews.AuthorInfo(
                    delegate.name(), delegate.organisation(), delegate.sector(), false, delegate.id(), null);
        } else if (accounts.exists(author.accountId())) {
            authorInfo = new NoteViews.AuthorInfo(
                    accounts.get(author.accountId()).displayName(), null, null, true, null, author.accountId());
        }
        Note note = newNote(
                workshopId, request, key, sensitivity, author, workshop.get().preModeration());
        note.id = inserts.nextId(note);
        NoteViews.Context context = new NoteViews.Context(
                workshop.get().attribution(),
                authorInfo == null ? Map.of() : Map.of(note.id, authorInfo),
                author.delegateId() == null ? null : Set.of());
        String body = json.write(views.view(note, context, author).orElseThrow());
        NoteInserts.Outcome outcome = inserts.insert(note, callerKey, fingerprint, body, workshop.get(), delegate);
        if (!outcome.guardsHeld()) {
            rounds.forgetRound(workshopId, request.sessionId());
            if (delegate != null) {
                activeDelegates.forget(CacheInvalidation.DELEGATE, delegate.id());
            }
            return Optional.empty();
        }
        if (!outcome.inserted()) {
            // the key is taken: the slow path answers the stored response, a 422 or a 409
            return Optional.empty();
        }
        // the statement appended the note's event too
        events.numberOnCommit();
        return Optional.of(new Submitted(note.id, body, false));
    }

    /** Everything read afresh, every refusal with its own answer; refills the caches on the way. */
    private Submitted submitAfresh(
            long workshopId,
            NoteRequests.NewNote request,
            UUID key,
            String callerKey,
            Viewer author,
            Sensitivity sensitivity,
            String fingerprint) {
        if (author.delegateId() != null
                && activeDelegates.load(author.delegateId()).isEmpty()) {
            // as the token check answers when it reads the delegate itself (DelegateAugmentor)
            throw new AuthenticationFailedException("The delegate is no longer registered");
        }
        Optional<Idempotency.Stored> stored = idempotency.claim(callerKey, key, fingerprint);
        if (stored.isPresent()) {
            String body = stored.get().body();
            return new Submitted(json.readTree(body).get("id").asLong(), body, true);
        }
        long workshopReadAt = rounds.workshopsReadAt();
        WorkshopView workshop = workshops.get(workshopId);
        rounds.keep(workshop, workshopReadAt);
        checkText(request.text());
        checkKind(request.kind(), author);
        long sessionReadAt = rounds.sessionsReadAt();
        SessionView session = sessions.get(workshopId, request.sessionId());
        rounds.keep(session, sessionReadAt);
        if (workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict(
                    "This workshop is not live (it is " + workshop.status() + "), so it takes no notes.");
        }
        if (!session.roundOpen()) {
            throw ProblemException.conflict("The round \"" + session.title() + "\" is not open for notes.");
        }
        Note note = newNote(workshopId, request, key, sensitivity, author, workshop.preModeration());
        note.persistAndFlush();
        String body = json.write(notes.view(note, author));
        idempotency.complete(callerKey, key, 201, body);
        // last: the event's sequence number is handed out under a per-workshop lock held until commit
        events.append(workshopId, "note.created", note.id, note.sessionId, null);
        return new Submitted(note.id, body, false);
    }

    private Note newNote(
            long workshopId,
            NoteRequests.NewNote request,
            UUID key,
            Sensitivity sensitivity,
            Viewer author,
            boolean preModeration) {
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
        note.status = preModeration && !author.isStaff() ? NoteStatus.PENDING : NoteStatus.VISIBLE;
        note.createdAt = Times.now(clock);
        note.updatedAt = note.createdAt;
        return note;
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

    private boolean isValidText(String text) {
        return text != null && !text.isBlank() && text.codePointCount(0, text.length()) <= maxLength;
    }

    private static boolean mayWrite(NoteKind kind, Viewer author) {
        return kind != null && (kind != NoteKind.DISCUSSION || author.isStaff());
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
