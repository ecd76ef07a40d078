package eu.medi4sec.hub.community;

import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.delegate.Sector;
import java.util.List;

/**
 * A member's own profile, as only they see it: what they chose, their contact, and the details of their
 * latest registration that the switches in {@code fields} show or hide.
 */
public record ProfileView(
        long memberId,
        boolean visible,
        ProfileRequest.Fields fields,
        String bio,
        List<String> interests,
        String contact,
        Registration registration,
        List<Long> delegateIds) {

    /** The details a profile can show, from the member's latest registration. */
    public record Registration(long delegateId, String name, String organisation, Sector sector, String country) {
        static Registration of(DelegateView d) {
            return d == null ? null : new Registration(d.id(), d.name(), d.organisation(), d.sector(), d.country());
        }
    }

    static ProfileView of(CommunityMember member, DelegateView latest, List<Long> delegateIds) {
        return new ProfileView(
                member.id,
                member.visible,
                new ProfileRequest.Fields(
                        member.showName, member.showOrganisation, member.showSector, member.showCountry),
                member.bio,
                member.interests(),
                member.contact,
                Registration.of(latest),
                delegateIds);
    }
}
