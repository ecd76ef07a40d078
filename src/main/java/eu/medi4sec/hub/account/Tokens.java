package eu.medi4sec.hub.account;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues the RS256 tokens staff sign in with. Verification is SmallRye JWT's, configured in application.properties. */
@ApplicationScoped
public class Tokens {

    public static final String KIND_CLAIM = "kind";
    public static final String STAFF = "staff";

    private final String issuer;
    private final String audience;
    private final Duration staffLifetime;

    Tokens(@ConfigProperty(name = "workshop-hub.jwt.issuer") String issuer,
            @ConfigProperty(name = "workshop-hub.jwt.audience") String audience,
            @ConfigProperty(name = "workshop-hub.jwt.staff-lifetime", defaultValue = "PT8H") Duration staffLifetime) {
        this.issuer = issuer;
        this.audience = audience;
        this.staffLifetime = staffLifetime;
    }

    public record Issued(String token, Instant expiresAt) {}

    Issued forStaff(AccountView account) {
        Instant expiresAt = Instant.now().plus(staffLifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(Long.toString(account.id()))
                .upn(account.email())
                .claim("name", account.displayName())
                .claim(KIND_CLAIM, STAFF)
                .groups(account.roles().stream().map(Enum::name).collect(Collectors.toSet()))
                .expiresAt(expiresAt)
                .sign();
        return new Issued(token, expiresAt);
    }
}
