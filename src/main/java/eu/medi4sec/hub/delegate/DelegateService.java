package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.account.Account;
import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.ConsentRecord;
import eu.medi4sec.hub.privacy.ConsentRecords;
import eu.medi4sec.hub.privacy.PrivacyNotices;
import eu.medi4sec.hub.workshop.PublicWorkshopView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Registration, invitations, the waitlist and check-in. Every decision about a seat is taken with the
 * workshop's row locked, so two requests racing for the last seat never both get it.
 */
@ApplicationScoped
public class DelegateService {

    private final WorkshopService workshops;
    private final DelegateLetters letters;
    private final PrivacyNotices notices;
    private final ConsentRecords consents;
    private final Clock clock;

    private final CacheInvalidation caches;

    DelegateService(
            WorkshopService workshops,
            DelegateLetters letters,
            PrivacyNotices notices,
            ConsentRecords consents,
            CacheInvalidation caches,
            Clock clock) {
        this.caches = caches;
        this.workshops = workshops;
        this.letters = letters;
        this.notices = notices;
        this.consents = consents;
        this.clock = clock;
    }

    public record Registered(long delegateId, DelegateStatus status, String accessToken) {}

    public record Counts(
            long capacity,
            long registered,
            long checkedIn,
            long waitlisted,
            long invited,
            long cancelled,
            long declined) {}

    /**
     * What a personal link shows: the registration, the workshop and its current notice; whether the
     * delegate must accept that notice before anything else (a newer version than the one they
     * accepted), the versions they accepted, and the day their personal data will be erased.
     */
    public record PersonalView(
            DelegateView delegate,
            PublicWorkshopView workshop,
            ConsentNotice notice,
            boolean consentRequired,
            List<ConsentRecord> consents,
            LocalDate eraseOn) {}

    public record Notice(PublicWorkshopView workshop, ConsentNotice notice) {}

    // ---- reading ---------------------------------------------------------------------------------

    public List<DelegateView> list(long workshopId, Optional<DelegateStatus> status, Optional<String> search) {
        workshops.get(workshopId);
        StringBuilder query = new StringBuilder("workshopId = :workshop");
        Parameters params = Parameters.with("workshop", workshopId);
        status.ifPresent(s -> {
            query.append(" and status = :status");
            params.and("status", s);
        });
        search.map(String::trim).filter(s -> !s.isEmpty()).ifPresent(s -> {
            query.append(" and (lower(name) like :q or email like :q or lower(organisation) like :q)");
            params.and("q", "%" + s.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        });
        return Delegate.<Delegate>find(query.toString(), Sort.by("name").and("id"), params).stream()
                .map(DelegateView::of)
                .toList();
    }

    /** Delegates by id, for showing note authors (as the attribution rule allows). */
    public Map<Long, DelegateView> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Delegate.<Delegate>list("id in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id, DelegateView::of));
    }

    public DelegateView get(long workshopId, long delegateId) {
        return DelegateView.of(find(workshopId, delegateId));
    }

    public Counts counts(long workshopId) {
        WorkshopView workshop = workshops.get(workshopId);
        Map<DelegateStatus, Long> byStatus = new EnumMap<>(DelegateStatus.class);
        for (DelegateStatus s : DelegateStatus.values()) {
            byStatus.put(s, Delegate.count("workshopId = ?1 and status = ?2", workshopId, s));
        }
        long checkedIn = Delegate.count(
                "workshopId = ?1 and status = ?2 and checkedInAt is not null", workshopId, DelegateStatus.REGISTERED);
        return new Counts(
                workshop.capacity(),
                byStatus.get(DelegateStatus.REGISTERED),
                checkedIn,
                byStatus.get(DelegateStatus.WAITLISTED),
                byStatus.get(DelegateStatus.INVITED),
                byStatus.get(DelegateStatus.CANCELLED),
                byStatus.get(DelegateStatus.DECLINED));
    }

    public Notice notice(String joinCode) {
        WorkshopView workshop = workshops
                .findByJoinCode(joinCode)
                .orElseThrow(() -> ProblemException.notFound("No workshop has the join code " + joinCode + "."));
        return new Notice(PublicWorkshopView.of(workshop), noticeFor(workshop));
    }

    /** Delegates who take part: REGISTERED ones, and of those only the checked-in once anyone is. */
    public List<DelegateView> participants(long workshopId) {
        List<DelegateView> registered = list(workshopId, Optional.of(DelegateStatus.REGISTERED), Optional.empty());
        List<DelegateView> checkedIn =
                registered.stream().filter(d -> d.checkedInAt() != null).toList();
        return checkedIn.isEmpty() ? registered : checkedIn;
    }

    /** The notice a delegate of this workshop accepts now: the current version with the workshop's rule. */
    ConsentNotice noticeFor(WorkshopView workshop) {
        return ConsentNotice.of(notices.current(), workshop.attribution());
    }

    /** Records that the delegate accepted this notice now: on the delegate row (the latest) and in the history. */
    private void accept(Delegate delegate, ConsentNotice notice, Instant at) {
        delegate.consent(notice.label(), at);
        if (delegate.isPersistent()) {
            Delegate.flush();
        } else {
            delegate.persist();
        }
        consents.record(delegate.id, notice.version(), notice.attribution(), at);
    }

    /** A delegate who accepted a notice before and not the current one is asked again. */
    boolean consentRequired(Delegate delegate) {
        if (delegate.consentedAt == null || delegate.isErased()) {
            return false;
        }
        int current = notices.current().version();
        return consents.latestVersion(delegate.id).orElse(0) < current;
    }

    Delegate find(long workshopId, long delegateId) {
        return Delegate.<Delegate>find("id = ?1 and workshopId = ?2", delegateId, workshopId)
                .firstResultOptional()
                .orElseThrow(() ->
                        ProblemException.notFound("Workshop " + workshopId + " has no delegate " + delegateId + "."));
    }

    Optional<Delegate> findByKey(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        return Delegate.find("accessTokenHash", PersonalKeys.hash(accessToken.trim()))
                .firstResultOptional();
    }

    Optional<Delegate> findCheckedIn(long workshopId, String email) {
        return Delegate.<Delegate>find("workshopId = ?1 and email = ?2", workshopId, Account.normalise(email))
                .firstResultOptional()
                .filter(d -> d.checkedInAt != null);
    }

    // ---- registering and inviting ----------------------------------------------------------------

    /**
     * Self-registration, answered the same way whether or not the email was known, so that the join
     * code tells a stranger nothing about who registered: a new person gets a seat if one is free (else
     * the waitlist), and both they and someone registering again get their personal link by email
     * only. Registering again issues a new link (the earlier one stops working): it is how a person who
     * lost theirs gets it back.
     */
    @Transactional
    public void registerByEmail(DelegateRequests.Registration request) {
        WorkshopView workshop = openForRegistration(request.joinCode());
        Optional<Delegate> known = Delegate.<Delegate>find(
                        "workshopId = ?1 and email = ?2", workshop.id(), Account.normalise(request.email()))
                .firstResultOptional();
        if (known.isPresent()) {
            letters.registered(known.get(), workshop, renewKey(known.get()), true);
            return;
        }
        Enrolled enrolled = enrol(workshop, request);
        letters.registered(enrolled.delegate(), workshop, enrolled.key(), false);
    }

    /** Registration without email (the demo data): a seat if one is free, else the waitlist; 409 for a known email. */
    @Transactional
    public Registered register(DelegateRequests.Registration request) {
        Enrolled enrolled = enrol(openForRegistration(request.joinCode()), request);
        return new Registered(enrolled.delegate().id, enrolled.delegate().status, enrolled.key());
    }

    private record Enrolled(Delegate delegate, String key) {}

    /** The workshop with this join code, its row locked for seat decisions, if registration is open. */
    private WorkshopView openForRegistration(String joinCode) {
        WorkshopView found = workshops
                .findByJoinCode(joinCode)
                .orElseThrow(() -> ProblemException.notFound("No workshop has the join code " + joinCode + "."));
        WorkshopView workshop = workshops.lockForSeats(found.id());
        if (workshop.status() != WorkshopStatus.SCHEDULED && workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict(
                    "Registration for this workshop is not open (it is " + workshop.status() + ").");
        }
        return workshop;
    }

    private Enrolled enrol(WorkshopView workshop, DelegateRequests.Registration request) {
        Delegate delegate = newDelegate(workshop.id(), request.asDelegate());
        String key = renewKey(delegate);
        Instant now = Times.now(clock);
        delegate.enrol(seatFree(workshop), now);
        accept(delegate, noticeFor(workshop), now);
        return new Enrolled(delegate, key);
    }

    /** An organiser adds one delegate: INVITED, with a personal link to confirm (with consent) or decline. */
    @Transactional
    public DelegateView invite(long workshopId, DelegateRequests.NewDelegate request) {
        WorkshopView workshop = workshops.lockForSeats(workshopId);
        if (!workshop.status().isEditable() || workshop.status() == WorkshopStatus.CLOSED) {
            throw ProblemException.conflict("A " + workshop.status() + " workshop takes no new delegates.");
        }
        Delegate delegate = newDelegate(workshopId, request);
        delegate.status = DelegateStatus.INVITED;
        String key = renewKey(delegate);
        delegate.persist();
        return DelegateView.withKey(delegate, key);
    }

    /** A new personal key for a delegate; the old one stops working. */
    @Transactional
    public DelegateView renewPersonalKey(long workshopId, long delegateId) {
        Delegate delegate = find(workshopId, delegateId);
        requireNotErased(delegate);
        String key = renewKey(delegate);
        letters.reissued(delegate, workshops.get(workshopId), key);
        return DelegateView.withKey(delegate, key);
    }

    private Delegate newDelegate(long workshopId, DelegateRequests.NewDelegate request) {
        String email = Account.normalise(request.email());
        if (Delegate.count("workshopId = ?1 and email = ?2", workshopId, email) > 0) {
            throw ProblemException.conflict(
                    "Someone with the email " + email + " is already registered or invited for this workshop.");
        }
        Delegate delegate = new Delegate();
        delegate.workshopId = workshopId;
        delegate.name = request.name().trim();
        delegate.email = email;
        delegate.organisation = request.organisation().trim();
        delegate.sector = request.sector();
        delegate.country = request.country();
        delegate.jobTitle = blankToNull(request.jobTitle());
        delegate.accessNeeds = blankToNull(request.accessNeeds());
        return delegate;
    }

    private static String renewKey(Delegate delegate) {
        String key = PersonalKeys.next();
        delegate.accessTokenHash = PersonalKeys.hash(key);
        return key;
    }

    private static boolean seatFree(WorkshopView workshop) {
        return Delegate.count("workshopId = ?1 and status = ?2", workshop.id(), DelegateStatus.REGISTERED)
                < workshop.capacity();
    }

    // ---- the personal link -----------------------------------------------------------------------

    public PersonalView personal(String accessToken) {
        return personal(byKey(accessToken));
    }

    PersonalView personal(Delegate delegate) {
        WorkshopView workshop = workshops.get(delegate.workshopId);
        return new PersonalView(
                DelegateView.of(delegate),
                PublicWorkshopView.of(workshop),
                noticeFor(workshop),
                consentRequired(delegate),
                consents.history(delegate.id),
                workshop.eraseOn());
    }

    /**
     * Accepts the current notice (the version the delegate read: a newer one published meanwhile is
     * 409, to be read first).
     */
    @Transactional
    public PersonalView acceptNotice(String accessToken, int version) {
        Delegate delegate = byKey(accessToken);
        ConsentNotice notice = noticeFor(workshops.get(delegate.workshopId));
        if (notice.version() != version) {
            throw ProblemException.conflict("Version " + version + " is not the current notice; version "
                    + notice.version() + " is. Read it and accept that one.");
        }
        accept(delegate, notice, Times.now(clock));
        return personal(delegate);
    }

    @Transactional
    public PersonalView confirm(String accessToken) {
        Delegate delegate = byKey(accessToken);
        WorkshopView workshop = workshops.lockForSeats(delegate.workshopId);
        if (delegate.status != DelegateStatus.INVITED) {
            throw ProblemException.conflict("This invitation was already answered (" + delegate.status + ").");
        }
        if (workshop.status() != WorkshopStatus.SCHEDULED && workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict(
                    "Registration for this workshop is not open (it is " + workshop.status() + ").");
        }
        Instant now = Times.now(clock);
        delegate.enrol(seatFree(workshop), now);
        accept(delegate, noticeFor(workshop), now);
        return personal(accessToken);
    }

    @Transactional
    public PersonalView decline(String accessToken) {
        Delegate delegate = byKey(accessToken);
        if (delegate.status != DelegateStatus.INVITED) {
            throw ProblemException.conflict(
                    "Only an open invitation can be declined; this one is " + delegate.status + ".");
        }
        delegate.status = DelegateStatus.DECLINED;
        return personal(accessToken);
    }

    @Transactional
    public PersonalView cancelOwn(String accessToken) {
        Delegate delegate = byKey(accessToken);
        cancel(delegate);
        return personal(accessToken);
    }

    private static void requireNotErased(Delegate delegate) {
        if (delegate.isErased()) {
            throw ProblemException.conflict(
                    "This delegate's personal data was erased; there is no one to do this for.");
        }
    }

    private Delegate byKey(String accessToken) {
        return findByKey(accessToken)
                .orElseThrow(() -> ProblemException.unauthorized("This personal key is not valid."));
    }

    // ---- cancelling and checking in --------------------------------------------------------------

    @Transactional
    public DelegateView cancel(long workshopId, long delegateId) {
        Delegate delegate = find(workshopId, delegateId);
        cancel(delegate);
        return DelegateView.of(delegate);
    }

    /** Cancels a place; a freed seat goes at once to the first on the waitlist, and that is recorded. */
    void cancel(Delegate delegate) {
        if (delegate.status == DelegateStatus.CANCELLED) {
            return;
        }
        if (delegate.status == DelegateStatus.DECLINED) {
            throw ProblemException.conflict("This delegate declined the invitation; there is nothing to cancel.");
        }
        WorkshopView workshop = workshops.lockForSeats(delegate.workshopId);
        boolean heldASeat = delegate.status == DelegateStatus.REGISTERED;
        Instant now = Times.now(clock);
        delegate.status = DelegateStatus.CANCELLED;
        delegate.cancelledAt = now;
        Delegate.flush();
        caches.changed(CacheInvalidation.DELEGATE, delegate.id);
        if (!delegate.isErased()) {
            letters.cancelled(delegate, workshop);
        }
        if (heldASeat) {
            promoteWaitlisted(workshop, now);
        }
    }

    private void promoteWaitlisted(WorkshopView workshop, Instant now) {
        while (seatFree(workshop)) {
            Optional<Delegate> next = Delegate.<Delegate>find(
                            "workshopId = ?1 and status = ?2",
                            Sort.by("waitlistedAt").and("id"),
                            workshop.id(),
                            DelegateStatus.WAITLISTED)
                    .firstResultOptional();
            if (next.isEmpty()) {
                return;
            }
            next.get().promote(now);
            Delegate.flush();
            letters.promoted(next.get(), workshop);
        }
    }

    @Transactional
    public DelegateView checkIn(long workshopId, long delegateId) {
        return checkIn(workshopId, delegateId, false);
    }

    @Transactional
    public DelegateView checkIn(long workshopId, long delegateId, boolean consentAtDesk) {
        Delegate delegate = find(workshopId, delegateId);
        requireNotErased(delegate);
        switch (delegate.status) {
            case REGISTERED -> {
                if (delegate.checkedInAt == null) {
                    delegate.checkedInAt = Times.now(clock);
                }
            }
            case INVITED, WAITLISTED -> {
                // Present at the door: the person is here, so the desk seats them once they consent.
                if (!consentAtDesk) {
                    throw ProblemException.invalid(
                            "consent",
                            "Ask for consent at the desk before checking in someone who has not registered.");
                }
                ConsentNotice notice = noticeFor(workshops.get(workshopId));
                Instant now = Times.now(clock);
                delegate.registerAtDesk(now);
                accept(delegate, notice, now);
            }
            case CANCELLED, DECLINED ->
                throw ProblemException.conflict(delegate.name + " has "
                        + (delegate.status == DelegateStatus.CANCELLED ? "cancelled" : "declined")
                        + ". Add them again as a walk-in to check them in.");
        }
        return DelegateView.of(delegate);
    }

    @Transactional
    public DelegateView undoCheckIn(long workshopId, long delegateId) {
        Delegate delegate = find(workshopId, delegateId);
        delegate.checkedInAt = null;
        return DelegateView.of(delegate);
    }

    // ---- CSV import ------------------------------------------------------------------------------

    /** Imports the valid rows (each as an invitation) and says why each other row was refused. */
    @Transactional
    public List<ImportRow> importRows(long workshopId, List<CsvRows.Row> rows, jakarta.validation.Validator validator) {
        List<ImportRow> report = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            List<String> reasons = new ArrayList<>(row.problems());
            DelegateRequests.NewDelegate request = row.request();
            if (request != null) {
                validator.validate(request).stream()
                        .sorted(java.util.Comparator.comparing(
                                v -> v.getPropertyPath().toString()))
                        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                        .filter(reason -> reasons.stream()
                                .noneMatch(r -> r.startsWith(reason.substring(0, reason.indexOf(':') + 1))))
                        .forEach(reasons::add);
            }
            if (reasons.isEmpty()) {
                String email = Account.normalise(request.email());
                if (Delegate.count("workshopId = ?1 and email = ?2", workshopId, email) > 0) {
                    reasons.add("email: " + email + " is already registered or invited for this workshop.");
                }
            }
            if (!reasons.isEmpty()) {
                report.add(ImportRow.refused(row.line(), row.email(), reasons));
                continue;
            }
            DelegateView invited = invite(workshopId, request);
            Delegate.flush();
            report.add(ImportRow.imported(row.line(), invited));
        }
        return report;
    }

    public record ImportRow(
            long line, String status, String email, Long delegateId, String personalLink, List<String> reasons) {
        static ImportRow imported(long line, DelegateView delegate) {
            return new ImportRow(line, "IMPORTED", delegate.email(), delegate.id(), delegate.personalLink(), List.of());
        }

        static ImportRow refused(long line, String email, List<String> reasons) {
            return new ImportRow(line, "REFUSED", email, null, null, reasons);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
