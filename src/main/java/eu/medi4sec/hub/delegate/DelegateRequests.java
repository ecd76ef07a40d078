package eu.medi4sec.hub.delegate;

import com.fasterxml.jackson.annotation.JsonAlias;
import eu.medi4sec.hub.common.EmailAddress;
import eu.medi4sec.hub.common.IsoCountry;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The bodies the delegate endpoints accept. */
public final class DelegateRequests {

    private DelegateRequests() {}

    /** An organiser adding (inviting) one delegate; also each row of a CSV import. */
    public record NewDelegate(
            @NotBlank(message = "Give the delegate's name.")
            @Size(max = 160, message = "A name has at most 160 characters.")
            String name,

            @NotBlank(message = "Give an email address.")
            @EmailAddress
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String email,

            @NotBlank(message = "Give the organisation.")
            @Size(max = 200, message = "An organisation has at most 200 characters.")
            String organisation,

            @NotNull(message = "Choose a sector.") Sector sector,

            @NotBlank(message = "Give a two-letter country code, such as BE.") @IsoCountry
            String country,

            @Size(max = 160, message = "A job title has at most 160 characters.")
            String jobTitle,

            @Size(max = 1000, message = "Access needs have at most 1,000 characters.")
            String accessNeeds) {}

    /** Self-registration with the code from the workshop's page or projector. */
    public record Registration(
            @NotBlank(message = "Give the workshop's join code.")
            String joinCode,

            @NotBlank(message = "Give your name.") @Size(max = 160, message = "A name has at most 160 characters.")
            String name,

            @NotBlank(message = "Give your email address.")
            @EmailAddress
            @Size(max = 254, message = "An email address has at most 254 characters.")
            String email,

            @NotBlank(message = "Give your organisation.")
            @Size(max = 200, message = "An organisation has at most 200 characters.")
            String organisation,

            @NotNull(message = "Choose your sector.") Sector sector,

            @NotBlank(message = "Give your country as a two-letter code, such as BE.") @IsoCountry
            String country,

            @Size(max = 160, message = "A job title has at most 160 characters.")
            String jobTitle,

            @Size(max = 1000, message = "Access needs have at most 1,000 characters.")
            String accessNeeds,

            @NotNull(message = "Accept the privacy and attribution notice to register.")
            @AssertTrue(message = "Accept the privacy and attribution notice to register.")
            Boolean consent) {

        NewDelegate asDelegate() {
            return new NewDelegate(name, email, organisation, sector, country, jobTitle, accessNeeds);
        }
    }

    /** What a personal link sends: the key, and for confirming an invitation, the consent. */
    public record PersonalKey(
            @JsonAlias("key") @NotBlank(message = "Give your personal key.")
            String accessToken) {}

    /** The data-rights requests name the personal key {@code key} ({@code accessToken} is accepted too). */
    public record Key(
            @JsonAlias("accessToken") @NotBlank(message = "Give your personal key.")
            String key) {}

    /** Accepting a version of the privacy notice, with the personal key. */
    public record NoticeAcceptance(
            @JsonAlias("accessToken") @NotBlank(message = "Give your personal key.")
            String key,

            @NotNull(message = "Say which version of the notice you accept.")
            @Positive(message = "A notice version is a positive whole number.")
            Integer version) {}

    public record Confirmation(
            @NotBlank(message = "Give your personal key.") String accessToken,

            @NotNull(message = "Accept the privacy and attribution notice to confirm.")
            @AssertTrue(message = "Accept the privacy and attribution notice to confirm.")
            Boolean consent) {}

    /** Checking in at the door; consent is needed only for someone who has not registered themselves. */
    public record CheckIn(Boolean consent) {}

    /** Joining the live workshop: a personal key, or at the venue a join code with the email of a checked-in delegate. */
    public record Join(String accessToken, String joinCode, String email) {}
}
