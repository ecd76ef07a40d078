package eu.medi4sec.hub.community;

import eu.medi4sec.hub.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;

/** The community's part of "download my data": profile, introductions and blocks, or null if never opened. */
@ApplicationScoped
class CommunityPersonalData implements PersonalDataSection {

    private final CommunityService community;

    CommunityPersonalData(CommunityService community) {
        this.community = community;
    }

    @Override
    public String name() {
        return "community";
    }

    @Override
    public Object collect(long delegateId) {
        return community.personalData(delegateId).orElse(null);
    }
}
