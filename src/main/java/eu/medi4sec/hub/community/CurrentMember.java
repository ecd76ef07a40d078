package eu.medi4sec.hub.community;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;

/**
 * The member behind the current request: the one a member token names, or the one a delegate (with a
 * delegate token) is. Staff have no member identity.
 */
@RequestScoped
class CurrentMember {

    private final Caller caller;
    private final MemberService members;
    private Long id;

    CurrentMember(Caller caller, MemberService members) {
        this.caller = caller;
        this.members = members;
    }

    long id() {
        if (id == null) {
            if (caller.isMember()) {
                id = caller.memberId();
            } else if (caller.isDelegate()) {
                id = members.forDelegate(caller.delegateId());
            } else {
                throw ProblemException.forbidden(
                        "Only community members can do this: open the community from your personal link.");
            }
        }
        return id;
    }
}
