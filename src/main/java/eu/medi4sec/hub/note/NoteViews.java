package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.delegate.Sector;
import eu.medi4sec.hub.privacy.AuthorAccessLog;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that decides what a viewer sees of a note: its visibility, its author under the
 * workshop's attribution rule (the Chatham House rule by default), and its sensitivity label and
 * publication text (staff; a delegate sees only the label of their own notes). The API, the live feed and every
 * later export build note views here and nowhere else.
 */
@ApplicationScoped
class NoteViews {

    private final DelegateService delegates;
    private final AccountService accounts;
    private final WorkshopService workshops;
    private final AuthorAccessLog authorAccess;
    private final Duration editWindow;

    NoteViews(
            DelegateService delegates,
            AccountService accounts,
            WorkshopService workshops,
            AuthorAccessLog authorAccess,
            NoteConfig config) {
        this.delegates = delegates;
        this.accounts = accounts;
        this.workshops = workshops;
        this.authorAccess = authorAccess;
        this.editWindow = config.editWindow();
    }

    /** How a delegate whose personal data was erased is named, where the attribution rule names authors. */
    static final String ERASED_AUTHOR = "A delegate";

    /** Who wrote a note, as stored; shown only through {@link #author}. */
    record AuthorInfo(
            String name, String organisation, Sector sector, boolean staff, Long delegateId, Long accountId) {}

    /** What views of some notes of one workshop need, loaded once. */
    public record Context(Attribution attribution, Map<Long, AuthorInfo> authors, Set<Long> votedByViewer) {
        AuthorInfo authorOf(Note note) {
            return authors.get(note.id);
        }
    }

    public Context context(long workshopId, Collection<Note> notes, Set<Long> votedByViewer) {
        Attribution attribution = workshops.get(workshopId).attribution();
        Set<Long> delegateIds = notes.stream()
                .map(n -> n.authorDelegateId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, DelegateView> byId = delegates.byIds(delegateIds);
        Map<Long, AuthorInfo> authors = new HashMap<>();
        for (Note note : notes) {
            if (note.authorDelegateId != null && byId.containsKey(note.authorDelegateId)) {
                DelegateView d = byId.get(note.authorDelegateId);
                authors.put(
                        note.id,
                        d.erasedAt() != null
                                ? new AuthorInfo(ERASED_AUTHOR, null, d.sector(), false, d.id(), null)
                                : new AuthorInfo(d.name(), d.organisation(), d.sector(), false, d.id(), null));
            } else if (note.authorAccountId != null && accounts.exists(note.authorAccountId)) {
                authors.put(
                        note.id,
                        new AuthorInfo(
                                accounts.get(note.authorAccountId).displayName(),
                                null,
                                null,
                                true,
                                null,
                                note.authorAccountId));
            }
        }
        return new Context(attribution, authors, votedByViewer);
    }

    /** The sector of each note's delegate author, by note id (staff authors have none). */
    Map<Long, Sector> sectorsOf(Collection<Note> notes) {
        Set<Long> delegateIds = notes.stream()
                .map(n -> n.authorDelegateId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, DelegateView> byId = delegates.byIds(delegateIds);
        Map<Long, Sector> sectors = new HashMap<>();
        for (Note note : notes) {
            DelegateView d = note.authorDelegateId == null ? null : byId.get(note.authorDelegateId);
            if (d != null && d.sector() != null) {
                sectors.put(note.id, d.sector());
            }
        }
        return sectors;
    }

    /** The note for this viewer, or empty when the viewer may not see it at all. */
    public Optional<NoteView> view(Note note, Context context, Viewer viewer) {
        boolean mine = note.isAuthoredBy(viewer.delegateId(), viewer.accountId());
        if (!NoteVisibility.known(note, viewer)) {
            return Optional.empty();
        }
        if (!NoteVisibility.inFull(note, viewer)) {
            // hidden, merged or withdrawn: others learn only that it is gone
            return Optional.of(new NoteView(
                    note.id,
                    note.workshopId,
                    null,
                    null,
                    null,
                    note.status,
                    null,
                    null,
                    note.mergedInto,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        boolean editable = mine && note.isOpen();
        NoteView.Author author = author(context.authorOf(note), context.attribution(), viewer);
        if (author != null && viewer.kind() == Viewer.Kind.ADMIN) {
            authorAccess.saw(viewer.accountId(), note.id);
        }
        return Optional.of(new NoteView(
                note.id,
                note.workshopId,
                note.sessionId,
                note.text,
                note.kind,
                note.status,
                note.pinned,
                note.votes,
                note.mergedInto,
                note.createdAt,
                note.updatedAt,
                author,
                viewer.isStaff() ? note.hiddenReason : null,
                viewer.kind() == Viewer.Kind.DELEGATE ? mine : null,
                context.votedByViewer() == null ? null : context.votedByViewer().contains(note.id),
                editable ? note.editableUntil(editWindow) : null,
                mine ? note.clientKey : null,
                viewer.isStaff() || mine ? note.sensitivity : null,
                viewer.isStaff() ? note.sensitivityReason : null,
                viewer.isStaff() ? note.publicationText : null));
    }

    Duration editWindow() {
        return editWindow;
    }

    static NoteView.Author author(AuthorInfo a, Attribution attribution, Viewer viewer) {
        if (a == null) {
            return null;
        }
        if (viewer.kind() == Viewer.Kind.ADMIN) {
            return new NoteView.Author(
                    a.name(),
                    a.organisation(),
                    a.sector(),
                    a.staff() ? "RAPPORTEUR" : null,
                    a.delegateId(),
                    a.accountId());
        }
        return switch (attribution) {
            case ATTRIBUTED ->
                a.staff()
                        ? new NoteView.Author(a.name(), null, null, "RAPPORTEUR", null, null)
                        : new NoteView.Author(a.name(), a.organisation(), a.sector(), null, null, null);
            case CHATHAM_HOUSE ->
                a.staff()
                        ? new NoteView.Author(null, null, null, "RAPPORTEUR", null, null)
                        : new NoteView.Author(null, null, a.sector(), null, null, null);
            case ANONYMOUS -> null;
        };
    }
}
