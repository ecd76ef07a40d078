package eu.medi4sec.hub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The start-up check for accounts (plain JDBC, FirstAdmin) agrees with what Hibernate sees. */
@QuarkusTest
class FirstAdminTest {

    @Inject
    DataSource dataSource;

    @Inject
    AccountService accounts;

    @Test
    void seesTheAccountsHibernateSees() {
        assertEquals(accounts.hasAccounts(), FirstAdmin.anyAccount(dataSource));
        QuarkusTransaction.requiringNew()
                .run(() -> accounts.create(new AccountRequests.NewAccount(
                        "first-admin-" + UUID.randomUUID() + "@example.org",
                        "Someone",
                        "a long enough password",
                        Set.of(StaffRole.ADMIN))));
        assertTrue(FirstAdmin.anyAccount(dataSource));
        assertTrue(accounts.hasAccounts());
    }
}
