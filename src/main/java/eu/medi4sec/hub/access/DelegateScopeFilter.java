package eu.medi4sec.hub.access;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The front door of the delegate scope: a delegate token that names one workshop gets 404 for any
 * other workshop's address, before the body is even read. Resources check again with
 * {@link Caller#requireWorkshop}, by the same rule ({@link WorkshopScope}).
 */
class DelegateScopeFilter {

    private static final Pattern WORKSHOP_PATH = Pattern.compile("^/?(?:api/)?workshops/(\\d+)(?:/.*)?$");

    private final CurrentIdentityAssociation identities;

    DelegateScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> keepDelegatesInTheirWorkshop(ContainerRequestContext request) {
        Matcher matcher = WORKSHOP_PATH.matcher(request.getUriInfo().getPath());
        if (!matcher.matches() || !isBearer(request)) {
            return Uni.createFrom().nullItem();
        }
        long workshopId;
        try {
            workshopId = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            // beyond 64 bits: no such workshop, for anyone
            return Uni.createFrom().item(outOfReach(matcher.group(1)));
        }
        return identities
                .getDeferredIdentity()
                .onItem()
                .transform(identity -> {
                    if (identity.getPrincipal() instanceof JsonWebToken jwt
                            && !WorkshopScope.reaches(
                                    Caller.DELEGATE.equals(jwt.getClaim(Caller.KIND_CLAIM)),
                                    Caller.numberClaim(jwt, Caller.WORKSHOP_CLAIM),
                                    workshopId)) {
                        return outOfReach(workshopId);
                    }
                    return null;
                })
                .onFailure()
                .recoverWithNull();
    }

    private static Response outOfReach(Object workshopId) {
        ProblemException problem = WorkshopScope.noSuchWorkshop(workshopId);
        return Problems.response(Problems.problem(problem.status(), problem.getMessage()));
    }

    private static boolean isBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
