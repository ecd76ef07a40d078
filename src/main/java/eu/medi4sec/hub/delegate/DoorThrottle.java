package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.account.Account;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Throttle;
import eu.medi4sec.hub.common.Throttle.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The public door's limits, counted per thing being guessed rather than per address, so that one
 * guesser on a venue's Wi-Fi never locks out the room: wrong keys per address (a valid key always gets
 * in), failed joins per join code and email and per join code, registrations per email and per join
 * code; and for all of them the venue-sized ceiling per address.
 */
@ApplicationScoped
class DoorThrottle {

    private final Throttle throttle;

    DoorThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    /**
     * An attempt with a personal key. The key is looked up first: 256 random bits are not guessed, so a
     * valid key is let in even from an address that is waiting; a wrong one then answers 429.
     */
    <T> T withKey(String address, Supplier<T> attempt) {
        Limit wrongKeys =
                new Limit("key:address:" + address, throttle.config().join().wrongKeysPerAddress());
        Limit ceiling = throttle.address(address);
        try {
            return attempt.get();
        } catch (ProblemException e) {
            if (e.status() == 401) {
                throttle.checkAllowed("Too many wrong personal keys", wrongKeys, ceiling);
                throttle.record(wrongKeys, ceiling);
            }
            throw e;
        }
    }

    /** Joining at the venue with the join code and an email. */
    <T> T withCodeAndEmail(String address, String joinCode, String email, Supplier<T> attempt) {
        String code = normalisedCode(joinCode);
        return throttle.guarded(
                "Too many failed attempts to join with this code and email",
                attempt,
                new Limit(
                        "join:code-email:" + code + ":" + Account.normalise(email),
                        throttle.config().join().perCodeAndEmail()),
                new Limit("join:code:" + code, throttle.config().join().perCode()),
                throttle.address(address));
    }

    /** Looking up a workshop by join code: a wrong code counts towards the address's ceiling. */
    <T> T withCode(String address, Supplier<T> attempt) {
        return throttle.guarded("Too many wrong join codes", attempt, throttle.address(address));
    }

    /** Registering sends an email, so every registration counts, per email and per join code. */
    void registering(String address, String joinCode, String email, Runnable attempt) {
        String code = normalisedCode(joinCode);
        Limit perEmail = new Limit(
                "registration:email:" + code + ":" + Account.normalise(email),
                throttle.config().registration().perEmail());
        Limit perCode = new Limit(
                "registration:code:" + code, throttle.config().registration().perCode());
        Limit fromAddress =
                new Limit("registration:address:" + address, throttle.config().perAddress());
        Limit ceiling = throttle.address(address);
        throttle.checkAllowed(
                "Too many registrations for this workshop or this email address",
                perEmail,
                perCode,
                fromAddress,
                ceiling);
        try {
            attempt.run();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throttle.record(ceiling);
            }
            throw e;
        }
        throttle.record(perEmail, perCode, fromAddress);
    }

    /** The counters that name an email address (joins and registrations), when its owner is erased. */
    void forgetEmail(String email) {
        throttle.forgetAbout(Account.normalise(email));
    }

    private static String normalisedCode(String joinCode) {
        return joinCode == null ? "" : joinCode.trim().toUpperCase(Locale.ROOT);
    }
}
