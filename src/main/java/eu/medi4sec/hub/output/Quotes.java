package eu.medi4sec.hub.output;

import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.account.AccountView;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.delegate.Sector;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.OutputNote;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notes as outputs quote them: only publishable notes (visible and labelled NONE), in the analyst's
 * publication text where there is one, redacted, and attributed to the author's sector unless the
 * workshop is ANONYMOUS. Every publication, public page and non-admin export quotes through here.
 */
@ApplicationScoped
public class Quotes {

    private final NoteService notes;
    private final DelegateService delegates;
    private final AccountService accounts;
    private final WorkshopService workshops;

    Quotes(NoteService notes, DelegateService delegates, AccountService accounts, WorkshopService workshops) {
        this.notes = notes;
        this.delegates = delegates;
        this.accounts = accounts;
        this.workshops = workshops;
    }

    /** A quote as an output prints it, with what a reader needs to weigh it. */
    public record Quote(
            long noteId,
            String text,
            long workshopId,
            String workshopTitle,
            String theme,
            LocalDate date,
            /** Null when the workshop is ANONYMOUS or the author was staff. */
            Sector sector) {}

    /** The redactor for one workshop's text: contact details, and its delegates' and staff's names. */
    public Redactor redactorFor(long workshopId) {
        List<String> names = new ArrayList<>();
        for (DelegateView d : delegates.list(workshopId, Optional.empty(), Optional.empty())) {
            names.add(d.name());
        }
        for (AccountView a : accounts.list()) {
            names.add(a.displayName());
        }
        return Redactor.forNames(names);
    }

    /** The publishable ones of these notes as quotes, by note id, in the order of the notes. */
    public Map<Long, Quote> publishable(Collection<Long> noteIds) {
        Map<Long, Quote> quotes = new LinkedHashMap<>();
        Map<Long, Redactor> redactors = new HashMap<>();
        Map<Long, WorkshopView> workshopById = new HashMap<>();
        for (OutputNote note : notes.forOutput(noteIds)) {
            if (!note.publishable()) {
                continue;
            }
            WorkshopView workshop = workshopById.computeIfAbsent(note.workshopId(), workshops::get);
            Redactor redactor = redactors.computeIfAbsent(note.workshopId(), this::redactorFor);
            quotes.put(note.id(), quote(note, workshop, redactor));
        }
        return quotes;
    }

    /** One note as a quote (the caller has decided it may be quoted). */
    public Quote quote(OutputNote note, WorkshopView workshop, Redactor redactor) {
        Sector sector = workshop.attribution() == Attribution.ANONYMOUS ? null : note.authorSector();
        return new Quote(
                note.id(),
                redactor.redact(note.text()),
                workshop.id(),
                workshop.title(),
                workshop.theme(),
                workshop.startsAt().toLocalDate(),
                sector);
    }
}
