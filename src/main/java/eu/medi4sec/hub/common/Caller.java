package eu.medi4sec.hub.common;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says: a staff account, or a delegate scoped to one workshop. Resources
 * that delegates may reach ask {@link #requireWorkshop} before they read anything.
 */
@RequestScoped
public class Caller {

    public static final String DELEGATE_ROLE = "DELEGATE";
    public static final String KIND_CLAIM = "kind";
    public static final String STAFF = "staff";
    public static final String DELEGATE = "delegate";
    public static final String WORKSHOP_CLAIM = "workshop";
    public static final String DELEGATE_CLAIM = "delegate";

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

    public long delegateWorkshopId() {
        return number(WORKSHOP_CLAIM);
    }

    /**
     * A delegate reaches only their own workshop; for any other the answer is 404, exactly as if it did
     * not exist. Staff pass.
     */
    public void requireWorkshop(long workshopId) {
        if (isDelegate() && delegateWorkshopId() != workshopId) {
            throw ProblemException.notFound("There is no workshop " + workshopId + ".");
        }
    }

    private long number(String claim) {
        return numberClaim(token, claim)
                .orElseThrow(() -> ProblemException.forbidden("This token is not scoped to a workshop."));
    }

    /** A numeric claim, whether the token library hands it over as a number or as JSON. */
    public static java.util.OptionalLong numberClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof Number n) {
            return java.util.OptionalLong.of(n.longValue());
        }
        if (value instanceof jakarta.json.JsonNumber n) {
            return java.util.OptionalLong.of(n.longValue());
        }
        try {
            return value == null
                    ? java.util.OptionalLong.empty()
                    : java.util.OptionalLong.of(Long.parseLong(value.toString()));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
