package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The registration behind a personal key, for features outside this package that a personal link
 * opens (the community). Throttled like every other use of a key: wrong keys count per address, and a
 * valid key always gets in.
 */
@ApplicationScoped
public class PersonalKeyDoor {

    private final DelegateService delegates;
    private final DoorThrottle throttle;

    PersonalKeyDoor(DelegateService delegates, DoorThrottle throttle) {
        this.delegates = delegates;
        this.throttle = throttle;
    }

    /** The delegate whose personal key this is; 401 (counted against the address) when no one's is. */
    public DelegateView open(String address, String key) {
        return throttle.withKey(
                address,
                () -> delegates
                        .findByKey(key)
                        .map(DelegateView::of)
                        .orElseThrow(
                                () -> ProblemException.unauthorized(
                                        "This personal link is not valid (any more). Open the latest link we emailed you, or ask the organisers for a new one.")));
    }
}
