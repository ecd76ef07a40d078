package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * On a first start with no accounts, creates the admin named by WORKSHOP_HUB_ADMIN_EMAIL and _PASSWORD.
 * Replicas starting together on an empty database take turns under an advisory lock, so exactly one
 * of them creates the admin and the others find it made.
 */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    static final long LOCK = ClusterJobs.lockKey("1STADMIN");

    void onStart(
            @Observes @Priority(10) StartupEvent event,
            AccountService accounts,
            FirstAdminConfig admin,
            EntityManager em,
            DataSource dataSource) {
        if (anyAccount(dataSource)) {
            return; // every start but the first: no lock, no hashing
        }
        Optional<String> email = admin.email();
        Optional<String> password = admin.password();
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("There are no accounts yet. Set WORKSHOP_HUB_ADMIN_EMAIL and WORKSHOP_HUB_ADMIN_PASSWORD "
                    + "and restart to create the first admin.");
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) locked")
                    .setParameter("key", LOCK)
                    .getSingleResult();
            if (accounts.hasAccounts()) {
                return; // another replica made it while this one waited for the lock
            }
            accounts.create(new AccountRequests.NewAccount(
                    email.get(), "Administrator", password.get(), Set.of(StaffRole.ADMIN)));
            LOG.infof("Created the first admin account %s", Account.normalise(email.get()));
        });
    }

    /**
     * Plain JDBC rather than a Hibernate query: on every start but the first this is the app's only query
     * at start, and as the first HQL query it started Hibernate's query parser and a session there, ~2% of
     * the start-up thread (BENCHMARKS.md "Start-up"); the parser now starts with the first request.
     */
    static boolean anyAccount(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select exists (select 1 from account)")) {
            result.next();
            return result.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for accounts", e);
        }
    }
}
