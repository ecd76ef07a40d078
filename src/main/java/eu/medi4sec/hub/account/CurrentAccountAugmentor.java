package eu.medi4sec.hub.account;

import eu.medi4sec.hub.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Takes a staff token's roles from the account as it is now, not as it was when the token was issued:
 * a disabled or deleted account is refused at once, and a role taken away stops working at once.
 */
@ApplicationScoped
class CurrentAccountAugmentor implements SecurityIdentityAugmentor {

    private final AccountService accounts;

    CurrentAccountAugmentor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !Caller.STAFF.equals(jwt.getClaim(Caller.KIND_CLAIM))) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            long id;
            try {
                id = Long.parseLong(jwt.getSubject());
            } catch (NumberFormatException e) {
                throw new AuthenticationFailedException("The token's subject is not an account");
            }
            Set<StaffRole> roles = accounts.activeRoles(id)
                    .orElseThrow(() -> new AuthenticationFailedException("The account is disabled or gone"));
            QuarkusSecurityIdentity.Builder current = QuarkusSecurityIdentity.builder()
                    .setPrincipal(jwt)
                    .setAnonymous(false)
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes());
            roles.forEach(role -> current.addRole(role.name()));
            return current.build();
        });
    }
}
