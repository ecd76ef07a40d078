package eu.medi4sec.hub.access;

import eu.medi4sec.hub.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says: a staff account, a delegate scoped to one workshop, or a community
 * member (scoped to no workshop: the member role reaches only the community). Resources that delegates
 * may reach ask {@link #requireWorkshop} before they read anything.
 */
@RequestScoped
public class Caller {

    public static final String KIND_CLAIM = "kind";
    public static final String STAFF = "staff";
    public static final String DELEGATE = "delegate";
    public static final String WORKSHOP_CLAIM = "workshop";
    public static final String DELEGATE_CLAIM = "delegate";
    public static final String MEMBER = "member";
    public static final String MEMBER_CLAIM = "member";

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean isDelegate() {
        return DELEGATE.equals(token.getClaim(KIND_CLAIM));
    }

    public boolean isStaff() {
        return STAFF.equals(token.getClaim(KIND_CLAIM));
    }

    public boolean isMember() {
        return MEMBER.equals(token.getClaim(KIND_CLAIM));
    }

    public long accountId() {
        if (!isStaff()) {
            throw ProblemException.forbidden("Only staff can do this.");
        }
        return Long.parseLong(token.getSubject());
    }

    public long delegateId() {
        if (!isDelegate()) {
            throw ProblemException.forbidden("Only a delegate can do this.");
        }
        return number(DELEGATE_CLAIM);
    }

    public long memberId() {
        if (!isMember()) {
            throw ProblemException.forbidden("Only a community member can do this.");
        }
        return numberClaim(token, MEMBER_CLAIM)
                .orElseThrow(() -> ProblemException.forbidden("This token names no community member."));
    }

    public long delegateWorkshopId() {
        return number(WORKSHOP_CLAIM);
    }

    /** 404 unless the caller reaches this workshop ({@link WorkshopScope}): a delegate only their own. */
    public void requireWorkshop(long workshopId) {
        if (isDelegate() && !WorkshopScope.reaches(true, OptionalLong.of(delegateWorkshopId()), workshopId)) {
            throw WorkshopScope.noSuchWorkshop(workshopId);
        }
    }

    private long number(String claim) {
        return numberClaim(token, claim)
                .orElseThrow(() -> ProblemException.forbidden("This token is not scoped to a workshop."));
    }

    /** A numeric claim, whether the token library hands it over as a number or as JSON. */
    public static OptionalLong numberClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof Number n) {
            return OptionalLong.of(n.longValue());
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return OptionalLong.of(n.longValue());
        }
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.toString()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
