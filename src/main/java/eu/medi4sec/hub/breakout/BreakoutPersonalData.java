package eu.medi4sec.hub.breakout;

import eu.medi4sec.hub.delegate.DelegateErased;
import eu.medi4sec.hub.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The breakout groups a delegate was put in: the group's number only, never who else was in it. On
 * erasure, their memberships stop carrying the hash of their email, so that nothing links them to the
 * same person at another workshop any more.
 */
@ApplicationScoped
class BreakoutPersonalData implements PersonalDataSection {

    record MyGroup(long allocationId, int groupNumber, boolean current, Instant allocatedAt) {}

    @Override
    public String name() {
        return "breakoutGroups";
    }

    @Override
    public List<MyGroup> collect(long delegateId) {
        List<BreakoutMember> memberships = BreakoutMember.list("delegateId = ?1 order by allocationId", delegateId);
        if (memberships.isEmpty()) {
            return List.of();
        }
        Map<Long, BreakoutAllocation> allocations =
                BreakoutAllocation.<BreakoutAllocation>list(
                                "id in ?1",
                                memberships.stream().map(m -> m.allocationId).toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return memberships.stream()
                .map(m -> {
                    BreakoutAllocation a = allocations.get(m.allocationId);
                    return new MyGroup(m.allocationId, m.groupNumber, a.current, a.createdAt);
                })
                .toList();
    }

    void unlink(@Observes DelegateErased erased) {
        BreakoutMember.update(
                "personKey = ?1 where delegateId = ?2",
                BreakoutService.personKey("erased-delegate-" + erased.delegateId()),
                erased.delegateId());
    }
}
