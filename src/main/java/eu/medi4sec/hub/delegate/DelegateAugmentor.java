package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A delegate token works only while its delegate is still REGISTERED: a cancellation ends it at once. */
@ApplicationScoped
class DelegateAugmentor implements SecurityIdentityAugmentor {

    private final DelegateService delegates;

    DelegateAugmentor(DelegateService delegates) {
        this.delegates = delegates;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !Caller.DELEGATE.equals(jwt.getClaim(Caller.KIND_CLAIM))) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            var id = Caller.numberClaim(jwt, Caller.DELEGATE_CLAIM);
            if (id.isEmpty() || !delegates.isRegistered(id.getAsLong())) {
                throw new AuthenticationFailedException("The delegate is no longer registered");
            }
            return identity;
        });
    }
}
