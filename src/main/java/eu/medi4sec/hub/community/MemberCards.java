package eu.medi4sec.hub.community;

import eu.medi4sec.hub.delegate.DelegateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds members' cards ({@link MemberCard}) in a few queries: the one place that decides what others see. */
@ApplicationScoped
class MemberCards {

    private final MemberService members;

    MemberCards(MemberService members) {
        this.members = members;
    }

    /** The cards of these members, in their order. */
    Map<Long, MemberCard> of(Collection<CommunityMember> shown) {
        Map<Long, DelegateView> latest =
                members.latestRegistrations(shown.stream().map(m -> m.id).toList());
        Map<Long, MemberCard> cards = new LinkedHashMap<>();
        shown.forEach(m -> cards.put(m.id, MemberCard.of(m, latest.get(m.id))));
        return cards;
    }

    MemberCard of(CommunityMember member) {
        return of(java.util.List.of(member)).get(member.id);
    }
}
