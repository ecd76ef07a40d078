package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A delegate token works only while its delegate is still REGISTERED: a cancellation ends it at once.
 * Every request reads the delegate afresh, except a note submission by a delegate this instance knows
 * to be active ({@link DelegateCache}): that one is checked by the note's guarded insert, in the same
 * statement that writes it, and refused with 401 there if the delegate is gone.
 */
@ApplicationScoped
class DelegateAugmentor implements SecurityIdentityAugmentor {

    private static final Pattern NOTE_SUBMISSION = Pattern.compile("^/api/workshops/\\d+/notes/?$");

    private final DelegateCache delegates;

    DelegateAugmentor(DelegateCache delegates) {
        this.delegates = delegates;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !Caller.DELEGATE.equals(jwt.getClaim(Caller.KIND_CLAIM))) {
            return Uni.createFrom().item(identity);
        }
        var id = Caller.numberClaim(jwt, Caller.DELEGATE_CLAIM);
        if (id.isPresent()
                && submitsANote(attributes)
                && delegates.cached(id.getAsLong()).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (id.isEmpty() || !delegates.isActive(id.getAsLong())) {
                throw new AuthenticationFailedException("The delegate is no longer registered");
            }
            return identity;
        });
    }

    private static boolean submitsANote(Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        return request != null
                && request.request().method() == HttpMethod.POST
                && NOTE_SUBMISSION.matcher(request.normalizedPath()).matches();
    }
}
