package eu.medi4sec.hub.community;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small bodies the community endpoints accept (the profile has its own, {@link ProfileRequest}). */
final class CommunityRequests {

    private CommunityRequests() {}

    /** A personal key, from the link in the email. */
    record PersonalKey(
            @JsonAlias("accessToken") @NotBlank(message = "Send your personal key (from your personal link).")
            String key) {}

    record NewIntroduction(
            @NotNull(message = "Say whom you would like to be introduced to (their member id).")
            Long to,

            @Size(max = 1000, message = "A message has at most 1,000 characters.")
            String message) {}

    record NewBlock(
            @NotNull(message = "Say which member to block (their member id).")
            Long member) {}
}
