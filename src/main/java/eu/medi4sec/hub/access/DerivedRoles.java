package eu.medi4sec.hub.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Adds the derived roles ({@link Roles#STAFF} and the like) to an identity. It runs after every other
 * augmentor, so it derives from the roles as they finally stand: a staff account's current roles, not
 * its token's.
 */
@ApplicationScoped
class DerivedRoles implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> derived = Roles.derivedFrom(identity.getRoles());
        if (derived.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity)
                        .addRoles(derived)
                        .build());
    }
}
