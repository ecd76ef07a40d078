package eu.medi4sec.hub.account;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/** Issues the RS256 tokens staff sign in with. Verification is SmallRye JWT's, configured in application.properties. */
@ApplicationScoped
public class Tokens {

    private final String issuer;
    private final String audience;
    private final Duration staffLifetime;
    private final Optional<String> keyId;
    private final Clock clock;

    Tokens(JwtConfig config, Clock clock) {
        this.issuer = config.issuer();
        this.audience = config.audience();
        this.staffLifetime = config.staffLifetime();
        this.keyId = config.keyId();
        this.clock = clock;
    }

    public record Issued(String token, Instant expiresAt) {}

    public Issued forStaff(AccountView account) {
        Instant expiresAt = clock.instant().plus(staffLifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String token = sign(Jwt.issuer(issuer)
                .audience(audience)
                .subject(Long.toString(account.id()))
                .upn(account.email())
                .claim("name", account.displayName())
                .claim(Caller.KIND_CLAIM, Caller.STAFF)
                .groups(account.roles().stream().map(Enum::name).collect(Collectors.toSet()))
                .expiresAt(expiresAt));
        return new Issued(token, expiresAt);
    }

    /** A delegate's token: role DELEGATE, scoped to one delegate in one workshop. */
    public Issued forDelegate(long delegateId, long workshopId, String name, Instant expiresAt) {
        String token = sign(Jwt.issuer(issuer)
                .audience(audience)
                .subject("delegate-" + delegateId)
                .claim("name", name)
                .claim(Caller.KIND_CLAIM, Caller.DELEGATE)
                .claim(Caller.WORKSHOP_CLAIM, workshopId)
                .claim(Caller.DELEGATE_CLAIM, delegateId)
                .groups(Roles.DELEGATE)
                .expiresAt(expiresAt));
        return new Issued(token, expiresAt);
    }

    /**
     * A community member's token: role MEMBER, naming the member and no workshop, so that it reaches the
     * community and nothing else.
     */
    public Issued forMember(long memberId, Instant expiresAt) {
        String token = sign(Jwt.issuer(issuer)
                .audience(audience)
                .subject("member-" + memberId)
                .claim(Caller.KIND_CLAIM, Caller.MEMBER)
                .claim(Caller.MEMBER_CLAIM, memberId)
                .groups(Roles.MEMBER)
                .expiresAt(expiresAt));
        return new Issued(token, expiresAt);
    }

    /** Signs with the configured key (smallrye.jwt.sign.key.location), naming it in the kid header if configured. */
    private String sign(JwtClaimsBuilder claims) {
        return keyId.map(kid -> claims.jws().keyId(kid).sign()).orElseGet(claims::sign);
    }
}
