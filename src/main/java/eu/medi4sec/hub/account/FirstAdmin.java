package eu.medi4sec.hub.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** On a first start with no accounts, creates the admin named by WORKSHOP_HUB_ADMIN_EMAIL and _PASSWORD. */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void onStart(@Observes @Priority(10) StartupEvent event, AccountService accounts, FirstAdminConfig admin) {
        Optional<String> email = admin.email();
        Optional<String> password = admin.password();
        if (accounts.hasAccounts()) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("There are no accounts yet. Set WORKSHOP_HUB_ADMIN_EMAIL and WORKSHOP_HUB_ADMIN_PASSWORD "
                    + "and restart to create the first admin.");
            return;
        }
        accounts.create(
                new AccountRequests.NewAccount(email.get(), "Administrator", password.get(), Set.of(StaffRole.ADMIN)));
        LOG.infof("Created the first admin account %s", Account.normalise(email.get()));
    }
}
