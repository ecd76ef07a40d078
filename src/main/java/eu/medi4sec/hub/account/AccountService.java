package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AccountService {

    /**
     * Compared against for unknown emails, so that a miss costs as much as a wrong password. Hashed on the
     * first miss, not at start: a bcrypt hash is deliberately slow and start-up should not wait for it.
     */
    private static final class UnusedHash {
        static final String VALUE = BcryptUtil.bcryptHash("not-a-password-of-anyone");
    }

    public List<AccountView> list() {
        return Account.<Account>listAll(Sort.by("email")).stream()
                .map(AccountView::of)
                .toList();
    }

    public AccountView get(long id) {
        return AccountView.of(find(id));
    }

    private Account find(long id) {
        return Account.<Account>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no account " + id + "."));
    }

    public boolean exists(long id) {
        return Account.findByIdOptional(id).isPresent();
    }

    public boolean hasAccounts() {
        return Account.count() > 0;
    }

    public Optional<AccountView> findByEmail(String email) {
        return Account.findByEmail(email).map(AccountView::of);
    }

    @Transactional
    public AccountView create(AccountRequests.NewAccount request) {
        if (Account.findByEmail(request.email()).isPresent()) {
            throw ProblemException.conflict(
                    "An account with the email " + Account.normalise(request.email()) + " already exists.");
        }
        Account account = new Account();
        account.email = Account.normalise(request.email());
        account.displayName = request.displayName().trim();
        account.roles = EnumSet.copyOf(request.roles());
        account.setPassword(request.password());
        account.persist();
        return AccountView.of(account);
    }

    /** Applies an admin's change; an admin cannot lock themselves out. */
    @Transactional
    public AccountView update(long id, AccountRequests.AccountChange change, long actingAccountId) {
        Account account = find(id);
        if (id == actingAccountId && Boolean.FALSE.equals(change.enabled())) {
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        if (id == actingAccountId && change.roles() != null && !change.roles().contains(StaffRole.ADMIN)) {
            throw ProblemException.conflict("You cannot remove your own ADMIN role.");
        }
        if (change.displayName() != null) {
            account.displayName = change.displayName().trim();
        }
        if (change.roles() != null) {
            account.roles.clear();
            account.roles.addAll(change.roles());
        }
        if (change.enabled() != null) {
            account.enabled = change.enabled();
        }
        if (change.password() != null) {
            account.setPassword(change.password());
        }
        return AccountView.of(account);
    }

    /**
     * The account behind a credential check, or empty. Unknown emails still pay for a bcrypt
     * comparison so that timing does not tell which emails exist.
     */
    public Optional<AccountView> authenticate(String email, String password) {
        Optional<Account> account = Account.findByEmail(email);
        if (account.isEmpty()) {
            BcryptUtil.matches(password, UnusedHash.VALUE);
            return Optional.empty();
        }
        Account found = account.get();
        return found.passwordMatches(password) && found.enabled ? Optional.of(AccountView.of(found)) : Optional.empty();
    }

    /** The current roles of an enabled account; empty when it is gone or disabled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Set<StaffRole>> activeRoles(long id) {
        return Account.<Account>findByIdOptional(id).filter(a -> a.enabled).map(a -> Set.copyOf(a.roles));
    }
}
