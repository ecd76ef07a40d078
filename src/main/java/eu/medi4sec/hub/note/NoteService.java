package eu.medi4sec.hub.note;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Notes during a live workshop: capture, votes and moderation, each change logged as an event. */
@ApplicationScoped
public class NoteService {

    private final WorkshopService workshops;
    private final AccountService accounts;
    private final SessionService sessions;
    private final NoteViews views;
    private final Idempotency idempotency;
    private final EventLog events;
    private final EntityManager em;
    private final ObjectMapper json;
    private final int maxLength;

    NoteService(
            WorkshopService workshops,
            AccountService accounts,
            SessionService sessions,
            NoteViews views,
            Idempotency idempotency,
            EventLog events,
            EntityManager em,
            ObjectMapper json,
            @ConfigProperty(name = "workshop-hub.notes.max-length", defaultValue = "2000") int maxLength) {
        this.workshops = workshops;
        this.accounts = accounts;
        this.sessions = sessions;
        this.views = views;
        this.idempotency = idempotency;
        this.events = events;
        this.em = em;
        this.json = json;
        this.maxLength = maxLength;
    }

    /** The response to a note submission, as first sent: a retry gets exactly these bytes back. */
    public record Submitted(long noteId, String body, boolean replayed) {}

    public record Page(List<NoteView> notes, String nextCursor) {}

    public record Filter(
            Optional<Long> sessionId,
            Optional<NoteKind> kind,
            Optional<NoteStatus> status,
            boolean byVotes,
            Optional<String> cursor,
            int limit) {}

    public record VoteView(long noteId, int votes, boolean votedByMe) {}

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

    // ---- capture ---------------------------------------------------------------------------------

    /**
     * Submits a note once: acknowledged only after it is committed, and a retry with the same key gets
     * the original response. {@code callerKey} scopes the idempotency key to its sender.
     */
    @Transactional
    public Submitted submit(long workshopId, NoteRequests.NewNote request, UUID key, String callerKey, Viewer author) {
        String fingerprint = Idempotency.fingerprint(
                Long.toString(workshopId),
                request.text(),
                request.kind() == null ? null : request.kind().name(),
                String.valueOf(request.sessionId()));
        Optional<Idempotency.Stored> stored = idempotency.claim(callerKey, key, fingerprint);
        if (stored.isPresent()) {
            return new Submitted(idOf(stored.get().body()), stored.get().body(), true);
        }
        WorkshopView workshop = workshops.get(workshopId);
        checkText(request.text());
        if (request.kind() == NoteKind.DISCUSSION && !author.isStaff()) {
            throw ProblemException.invalid("kind", "Only staff write DISCUSSION notes; choose another kind.");
        }
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
        note.status = workshop.preModeration() && !author.isStaff() ? NoteStatus.PENDING : NoteStatus.VISIBLE;
        note.persist();
        em.flush();
        String body = write(view(note, author));
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
            if (edit.kind() == NoteKind.DISCUSSION && !viewer.isStaff()) {
                throw ProblemException.invalid("kind", "Only staff write DISCUSSION notes; choose another kind.");
            }
            note.kind = edit.kind();
        }
        note.updatedAt = Times.now();
        NoteView edited = view(note, viewer);
        events.append(note.workshopId, "note.edited", note.id, note.sessionId, null);
        return edited;
    }

    @Transactional
    public NoteView withdraw(long noteId, Viewer viewer) {
        Note note = ownNote(noteId, viewer);
        note.status = NoteStatus.WITHDRAWN;
        note.updatedAt = Times.now();
        NoteView withdrawn = view(note, viewer);
        events.append(note.workshopId, "note.withdrawn", note.id, note.sessionId, null);
        return withdrawn;
    }

    private Note ownNote(long noteId, Viewer viewer) {
        Note note = find(noteId, viewer);
        if (!note.isAuthoredBy(viewer.delegateId(), viewer.accountId())) {
            throw ProblemException.forbidden("Only the author can change this note.");
        }
        if (note.status != NoteStatus.VISIBLE && note.status != NoteStatus.PENDING) {
            throw ProblemException.conflict("This note is " + note.status + " and can no longer be changed.");
        }
        if (Times.now().isAfter(note.createdAt.plus(views.editWindow()))) {
            throw ProblemException.conflict(
                    "Notes can be changed for " + views.editWindow().toMinutes()
                            + " minutes after they are sent; this one can no longer be changed.");
        }
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

    // ---- reading ---------------------------------------------------------------------------------

    public NoteView get(long noteId, Viewer viewer) {
        Note note = find(noteId, viewer);
        return views.view(note, context(note.workshopId, List.of(note), viewer), viewer)
                .orElseThrow(() -> ProblemException.notFound("There is no note " + noteId + "."));
    }

    /** Newest first or most voted first, a page at a time; the cursor continues where the page ended. */
    public Page list(long workshopId, Filter filter, Viewer viewer) {
        workshops.get(workshopId);
        StringBuilder where = new StringBuilder("workshopId = :workshop");
        Parameters params = Parameters.with("workshop", workshopId);
        filter.sessionId().ifPresent(s -> {
            where.append(" and sessionId = :session");
            params.and("session", s);
        });
        filter.kind().ifPresent(k -> {
            where.append(" and kind = :kind");
            params.and("kind", k);
        });
        if (viewer.isStaff()) {
            filter.status().ifPresent(s -> {
                where.append(" and status = :status");
                params.and("status", s);
            });
        } else {
            where.append(" and (status = :visible or (authorDelegateId = :me and status in (:own)))");
            params.and("visible", NoteStatus.VISIBLE)
                    .and("me", viewer.delegateId())
                    .and("own", List.of(NoteStatus.VISIBLE, NoteStatus.PENDING));
            filter.status().ifPresent(s -> {
                where.append(" and status = :status");
                params.and("status", s);
            });
        }
        filter.cursor().map(NoteService::decode).ifPresent(c -> {
            if (filter.byVotes()) {
                where.append(" and (votes < :cv or (votes = :cv and id < :cid))");
                params.and("cv", (int) c[0]).and("cid", c[1]);
            } else {
                where.append(" and (createdAt < :ct or (createdAt = :ct and id < :cid))");
                params.and("ct", Instant.ofEpochSecond(0, 0).plusNanos(c[0] * 1000))
                        .and("cid", c[1]);
            }
        });
        String order = filter.byVotes() ? " order by votes desc, id desc" : " order by createdAt desc, id desc";
        List<Note> found = Note.<Note>find(where + order, params)
                .page(0, filter.limit() + 1)
                .list();
        boolean more = found.size() > filter.limit();
        List<Note> page = more ? found.subList(0, filter.limit()) : found;
        NoteViews.Context context = context(workshopId, page, viewer);
        List<NoteView> notes = new ArrayList<>();
        page.forEach(n -> views.view(n, context, viewer).ifPresent(notes::add));
        String next = null;
        if (more) {
            Note last = page.get(page.size() - 1);
            long key = filter.byVotes()
                    ? last.votes
                    : last.createdAt.getEpochSecond() * 1_000_000 + last.createdAt.getNano() / 1000;
            next = encode(key, last.id);
        }
        return new Page(notes, next);
    }

    private NoteViews.Context context(long workshopId, List<Note> notes, Viewer viewer) {
        Set<Long> voted = viewer.delegateId() == null || notes.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery(
                                "select v.noteId from NoteVote v where v.delegateId = :d and v.noteId in :ids",
                                Long.class)
                        .setParameter("d", viewer.delegateId())
                        .setParameter("ids", notes.stream().map(n -> n.id).toList())
                        .getResultList());
        return views.context(workshopId, notes, viewer.delegateId() == null ? null : voted);
    }

    NoteView view(Note note, Viewer viewer) {
        return views.view(note, context(note.workshopId, List.of(note), viewer), viewer)
                .orElseThrow();
    }

    /** A note the viewer may reach: a delegate only in their own workshop (404 elsewhere). */
    Note find(long noteId, Viewer viewer) {
        Note note = Note.<Note>findByIdOptional(noteId)
                .orElseThrow(() -> ProblemException.notFound("There is no note " + noteId + "."));
        if (!viewer.reaches(note.workshopId)) {
            throw ProblemException.notFound("There is no note " + noteId + ".");
        }
        return note;
    }

    /** The workshop of each of these notes (unknown ids are left out). */
    public java.util.Map<Long, Long> workshopsOf(java.util.Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return java.util.Map.of();
        }
        return Note.<Note>list("id in ?1", noteIds).stream()
                .collect(java.util.stream.Collectors.toMap(n -> n.id, n -> n.workshopId));
    }

    // ---- votes -----------------------------------------------------------------------------------

    @Transactional
    public VoteView vote(long noteId, Viewer voter, boolean on) {
        Note note = find(noteId, voter);
        if (note.status != NoteStatus.VISIBLE) {
            throw ProblemException.conflict("Only visible notes take votes; this one is " + note.status + ".");
        }
        int changed = on
                ? em.createNativeQuery(
                                "insert into note_vote (note_id, delegate_id) values (:n, :d) on conflict do nothing")
                        .setParameter("n", noteId)
                        .setParameter("d", voter.delegateId())
                        .executeUpdate()
                : em.createNativeQuery("delete from note_vote where note_id = :n and delegate_id = :d")
                        .setParameter("n", noteId)
                        .setParameter("d", voter.delegateId())
                        .executeUpdate();
        if (changed == 1) {
            em.createNativeQuery("update note set votes = votes + :delta where id = :n")
                    .setParameter("delta", on ? 1 : -1)
                    .setParameter("n", noteId)
                    .executeUpdate();
        }
        Number votes = (Number) em.createNativeQuery("select votes from note where id = :n")
                .setParameter("n", noteId)
                .getSingleResult();
        if (changed == 1) {
            events.append(note.workshopId, "vote.changed", note.id, note.sessionId, null);
        }
        return new VoteView(noteId, votes.intValue(), on);
    }

    // ---- moderation ------------------------------------------------------------------------------

    @Transactional
    public NoteView hide(long noteId, String reason, Viewer moderator) {
        Note note = find(noteId, moderator);
        requireStatus(note, "hidden", NoteStatus.VISIBLE, NoteStatus.PENDING);
        note.status = NoteStatus.HIDDEN;
        note.hiddenReason = reason;
        return moderate(note, "note.hidden", "HIDE", reason, moderator);
    }

    @Transactional
    public NoteView restore(long noteId, Viewer moderator) {
        Note note = find(noteId, moderator);
        requireStatus(note, "restored", NoteStatus.HIDDEN);
        note.status = NoteStatus.VISIBLE;
        note.hiddenReason = null;
        return moderate(note, "note.restored", "RESTORE", null, moderator);
    }

    @Transactional
    public NoteView approve(long noteId, Viewer moderator) {
        Note note = find(noteId, moderator);
        requireStatus(note, "approved", NoteStatus.PENDING);
        note.status = NoteStatus.VISIBLE;
        return moderate(note, "note.approved", "APPROVE", null, moderator);
    }

    @Transactional
    public NoteView pin(long noteId, boolean pinned, Viewer moderator) {
        Note note = find(noteId, moderator);
        if (note.pinned == pinned) {
            return view(note, moderator);
        }
        note.pinned = pinned;
        return moderate(note, pinned ? "note.pinned" : "note.unpinned", pinned ? "PIN" : "UNPIN", null, moderator);
    }

    /** Folds one note into another; the survivor takes the votes (a delegate who voted for both counts once). */
    @Transactional
    public NoteView merge(long noteId, long intoId, Viewer moderator) {
        Note source = find(noteId, moderator);
        Note target = find(intoId, moderator);
        if (source.id.equals(target.id)) {
            throw ProblemException.invalid("into", "A note cannot be merged into itself.");
        }
        if (source.workshopId != target.workshopId) {
            throw ProblemException.invalid("into", "Notes can only be merged within one workshop.");
        }
        requireStatus(source, "merged", NoteStatus.VISIBLE, NoteStatus.HIDDEN, NoteStatus.PENDING);
        if (target.status != NoteStatus.VISIBLE) {
            throw ProblemException.conflict(
                    "Merge into a visible note; note " + target.id + " is " + target.status + ".");
        }
        em.flush();
        em.createNativeQuery("""
                insert into note_vote (note_id, delegate_id, created_at)
                select :target, delegate_id, created_at from note_vote where note_id = :source
                on conflict do nothing""")
                .setParameter("target", target.id)
                .setParameter("source", source.id)
                .executeUpdate();
        em.createNativeQuery("delete from note_vote where note_id = :source")
                .setParameter("source", source.id)
                .executeUpdate();
        em.createNativeQuery(
                        "update note set votes = (select count(*) from note_vote v where v.note_id = note.id) where id in (:ids)")
                .setParameter("ids", List.of(source.id, target.id))
                .executeUpdate();
        em.refresh(source);
        em.refresh(target);
        source.status = NoteStatus.MERGED;
        source.mergedInto = target.id;
        events.append(target.workshopId, "vote.changed", target.id, target.sessionId, null);
        return moderate(source, "note.merged", "MERGE", "into note " + target.id, moderator);
    }

    public List<ModerationEntry> moderationLog(long workshopId) {
        workshops.get(workshopId);
        List<ModerationAction> actions =
                ModerationAction.list("workshopId = ?1 order by createdAt desc, id desc", workshopId);
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
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

    private NoteView moderate(Note note, String event, String action, String reason, Viewer moderator) {
        note.updatedAt = Times.now();
        ModerationAction entry = new ModerationAction();
        entry.workshopId = note.workshopId;
        entry.noteId = note.id;
        entry.actorAccountId = moderator.accountId();
        entry.action = action;
        entry.reason = reason;
        entry.persist();
        NoteView moderated = view(note, moderator);
        events.append(note.workshopId, event, note.id, note.sessionId, null);
        return moderated;
    }

    private static void requireStatus(Note note, String verb, NoteStatus... allowed) {
        for (NoteStatus status : allowed) {
            if (note.status == status) {
                return;
            }
        }
        throw ProblemException.conflict("A " + note.status + " note cannot be " + verb + ".");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String write(NoteView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long idOf(String body) {
        try {
            return json.readTree(body).get("id").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(long key, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("This cursor is not one we gave out; start again without it.");
        }
    }
}
