package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.Times;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A staff member who signs in: admin, organiser, facilitator or analyst. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntity {

    /** Stored lower-case, so that sign-in and uniqueness ignore case. */
    @Column(nullable = false, unique = true, length = 254)
    public String email;

    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    public Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static Optional<Account> findByEmail(String email) {
        return find("email", normalise(email)).firstResultOptional();
    }

    void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }
}
