package eu.medi4sec.hub.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The admin created on a first start with no accounts (WORKSHOP_HUB_ADMIN_EMAIL and _PASSWORD). */
@ConfigMapping(prefix = "workshop-hub.admin")
public interface FirstAdminConfig {

    Optional<String> email();

    Optional<String> password();
}
