package eu.medi4sec.hub.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.delegate.Sector;
import java.util.List;

/**
 * A member as other members see them: the id, only the details the member switched on (taken from their
 * latest registration), the bio and the interests. A hidden detail is never copied into the card, so it
 * cannot be serialised; the contact is never part of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberCard(
        long id, String name, String organisation, Sector sector, String country, String bio, List<String> interests) {

    static MemberCard of(CommunityMember member, DelegateView latest) {
        boolean known = latest != null;
        return new MemberCard(
                member.id,
                known && member.showName ? latest.name() : null,
                known && member.showOrganisation ? latest.organisation() : null,
                known && member.showSector ? latest.sector() : null,
                known && member.showCountry ? latest.country() : null,
                member.bio,
                member.interests());
    }
}
