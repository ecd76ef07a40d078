package eu.medi4sec.hub.account;

import java.time.Instant;
import java.util.List;

/** A staff account as the API shows it: never its password hash. */
public record AccountView(
        long id, String email, String displayName, List<StaffRole> roles, boolean enabled, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(
                account.id,
                account.email,
                account.displayName,
                account.roles.stream().sorted().toList(),
                account.enabled,
                account.createdAt);
    }
}
