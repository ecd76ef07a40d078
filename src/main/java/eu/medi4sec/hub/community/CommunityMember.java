package eu.medi4sec.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person in the community, whatever number of workshops they came to, with their profile. The
 * profile is hidden, with every field switched off, until the member changes it. Name, organisation,
 * sector and country are never stored here: they come from the member's latest registration, and only
 * the switched-on ones are shown ({@link MemberCard}).
 */
@Entity
@Table(name = "community_member")
class CommunityMember extends PanacheEntity {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean visible;

    @Column(name = "show_name", nullable = false)
    public boolean showName;

    @Column(name = "show_organisation", nullable = false)
    public boolean showOrganisation;

    @Column(name = "show_sector", nullable = false)
    public boolean showSector;

    @Column(name = "show_country", nullable = false)
    public boolean showCountry;

    @Column(length = 1000)
    public String bio;

    /** How to reach the member: shown only to the people whose introduction both sides accepted. */
    @Column(length = 300)
    public String contact;

    @Column(name = "profile_updated_at")
    public Instant profileUpdatedAt;

    /** Pattern slugs, in the member's order. */
    @ElementCollection
    @CollectionTable(name = "community_interest", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "pattern_slug", nullable = false, length = 80)
    @OrderColumn(name = "position")
    public List<String> interests = new ArrayList<>();

    static CommunityMember joinedAt(Instant at) {
        CommunityMember member = new CommunityMember();
        member.createdAt = at;
        return member;
    }

    /** The interests as they stand (a pattern deleted since leaves a gap in the stored order). */
    List<String> interests() {
        return interests.stream().filter(Objects::nonNull).toList();
    }

    void describe(ProfileRequest profile, List<String> interestSlugs, Instant at) {
        visible = Boolean.TRUE.equals(profile.visible());
        ProfileRequest.Fields fields = profile.fields() != null ? profile.fields() : ProfileRequest.Fields.NONE;
        showName = Boolean.TRUE.equals(fields.name());
        showOrganisation = Boolean.TRUE.equals(fields.organisation());
        showSector = Boolean.TRUE.equals(fields.sector());
        showCountry = Boolean.TRUE.equals(fields.country());
        bio = blankToNull(profile.bio());
        contact = blankToNull(profile.contact());
        interests.clear();
        interests.addAll(interestSlugs);
        profileUpdatedAt = at;
    }

    /** Back to the state of a new member: hidden, nothing said. */
    void forgetProfile() {
        visible = false;
        showName = false;
        showOrganisation = false;
        showSector = false;
        showCountry = false;
        bio = null;
        contact = null;
        interests.clear();
        profileUpdatedAt = null;
    }

    /** Takes over another member's profile (when two memberships of one person become one). */
    void adoptProfileOf(CommunityMember other) {
        visible = other.visible;
        showName = other.showName;
        showOrganisation = other.showOrganisation;
        showSector = other.showSector;
        showCountry = other.showCountry;
        bio = other.bio;
        contact = other.contact;
        interests.clear();
        interests.addAll(other.interests());
        profileUpdatedAt = other.profileUpdatedAt;
    }

    boolean hasProfile() {
        return profileUpdatedAt != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
