package eu.medi4sec.hub.community;

import eu.medi4sec.hub.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A member token works only while its member exists and still holds a registration with a place: an
 * erasure or a cancellation ends it at once.
 */
@ApplicationScoped
class MemberAugmentor implements SecurityIdentityAugmentor {

    private final MemberService members;

    MemberAugmentor(MemberService members) {
        this.members = members;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !Caller.MEMBER.equals(jwt.getClaim(Caller.KIND_CLAIM))) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            var id = Caller.numberClaim(jwt, Caller.MEMBER_CLAIM);
            if (id.isEmpty() || !members.inGoodStanding(id.getAsLong())) {
                throw new AuthenticationFailedException("The community member is gone or has no registration left");
            }
            return identity;
        });
    }
}
