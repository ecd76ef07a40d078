package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.account.Tokens;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.workshop.PublicWorkshopView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a personal key (or, at the venue, a join code with a checked-in delegate's email) into a
 * delegate token scoped to that delegate and that workshop.
 */
@ApplicationScoped
class JoinService {

    private final DelegateService delegates;
    private final WorkshopService workshops;
    private final Tokens tokens;
    private final Duration graceAfterEnd;
    private final Clock clock;

    JoinService(DelegateService delegates, WorkshopService workshops, Tokens tokens, JoinConfig config, Clock clock) {
        this.delegates = delegates;
        this.workshops = workshops;
        this.tokens = tokens;
        this.graceAfterEnd = config.tokenGraceAfterEnd();
        this.clock = clock;
    }

    public record Joined(String token, Instant expiresAt, PublicWorkshopView workshop, DelegateView delegate) {}

    public record Me(DelegateView delegate, PublicWorkshopView workshop) {}

    @Transactional
    public Joined join(DelegateRequests.Join request) {
        Delegate delegate = find(request)
                .filter(d -> !d.isErased())
                .orElseThrow(
                        () -> ProblemException.unauthorized(
                                usesKey(request)
                                        ? "This personal link is not valid (any more). Ask at the desk for a new one, or join with the join code and your email once you have checked in."
                                        // The same words whether or not the email is registered: a stranger learns
                                        // nothing.
                                        : "This join code and email do not let you in yet. If you have registered, check in at the desk first, "
                                                + "or open the personal link we emailed you when you registered. If you have not registered, ask at the desk."));
        WorkshopView workshop = workshops.get(delegate.workshopId);
        switch (delegate.status) {
            case REGISTERED -> {}
            case WAITLISTED ->
                throw ProblemException.conflict(
                        "You are on the waitlist for this workshop. You can join once a place frees up for you.");
            case INVITED ->
                throw ProblemException.conflict("Confirm your invitation through your personal link first.");
            case CANCELLED -> throw ProblemException.conflict("Your registration for this workshop was cancelled.");
            case DECLINED -> throw ProblemException.conflict("You declined the invitation to this workshop.");
        }
        if (workshop.status() != WorkshopStatus.SCHEDULED && workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict("This workshop is not open to join (it is " + workshop.status() + ").");
        }
        if (delegates.consentRequired(delegate)) {
            throw ProblemException.conflict("The privacy notice has changed since you accepted it. Open your personal "
                    + "link, read the new version and accept it; then you can join.");
        }
        Instant expiresAt = workshop.endsAt().toInstant().plus(graceAfterEnd);
        if (!expiresAt.isAfter(Times.now(clock))) {
            throw ProblemException.conflict("This workshop is over.");
        }
        Tokens.Issued issued = tokens.forDelegate(delegate.id, delegate.workshopId, delegate.name, expiresAt);
        return new Joined(
                issued.token(), issued.expiresAt(), PublicWorkshopView.of(workshop), DelegateView.of(delegate));
    }

    private static boolean usesKey(DelegateRequests.Join request) {
        return request.accessToken() != null && !request.accessToken().isBlank();
    }

    private Optional<Delegate> find(DelegateRequests.Join request) {
        if (usesKey(request)) {
            return delegates.findByKey(request.accessToken());
        }
        if (request.joinCode() == null
                || request.joinCode().isBlank()
                || request.email() == null
                || request.email().isBlank()) {
            throw ProblemException.invalid("accessToken", "Send your personal key, or the join code with your email.");
        }
        return workshops
                .findByJoinCode(request.joinCode())
                .flatMap(workshop -> delegates.findCheckedIn(workshop.id(), request.email()));
    }

    public Me me(long delegateId, long workshopId) {
        return new Me(delegates.get(workshopId, delegateId), PublicWorkshopView.of(workshops.get(workshopId)));
    }
}
