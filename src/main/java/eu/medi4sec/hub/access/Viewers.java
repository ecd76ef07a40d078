package eu.medi4sec.hub.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The viewer behind the current request. */
@RequestScoped
public class Viewers {

    private final Caller caller;
    private final SecurityIdentity identity;

    Viewers(Caller caller, SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    public Viewer current() {
        if (caller.isDelegate()) {
            return Viewer.delegate(caller.delegateId(), caller.delegateWorkshopId());
        }
        return identity.hasRole(Roles.ADMIN) ? Viewer.admin(caller.accountId()) : Viewer.staff(caller.accountId());
    }
}
