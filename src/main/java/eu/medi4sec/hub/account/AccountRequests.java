package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The bodies the account endpoints accept. */
public final class AccountRequests {

    private AccountRequests() {}

    public record NewAccount(
            @NotBlank(message = "An account needs an email address.")
            @EmailAddress
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String email,

            @NotBlank(message = "An account needs a display name.")
            @Size(max = 120, message = "A display name has at most 120 characters.")
            String displayName,

            @NotNull(message = "An account needs a password.")
            @Size(min = 10, max = 200, message = "A password has 10 to 200 characters.")
            String password,

            @NotEmpty(message = "An account needs at least one role.")
            @Size(max = 10, message = "List each role once: there are four.")
            Set<@NotNull(message = "A role cannot be null.") StaffRole> roles) {}

    /** Every field is optional: only what is sent changes. */
    public record AccountChange(
            @Size(min = 1, max = 120, message = "A display name has 1 to 120 characters.")
            String displayName,

            @Size(min = 1, max = 10, message = "An account needs at least one role, each listed once.")
            Set<@NotNull(message = "A role cannot be null.") StaffRole> roles,

            Boolean enabled,

            @Size(min = 10, max = 200, message = "A password has 10 to 200 characters.")
            String password) {}

    public record Login(
            @NotBlank(message = "Enter your email address.") String email,
            @NotBlank(message = "Enter your password.") String password) {}
}
