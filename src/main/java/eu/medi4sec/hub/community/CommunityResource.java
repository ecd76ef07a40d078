package eu.medi4sec.hub.community;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.ClientAddress;
import eu.medi4sec.hub.common.QueryParams;
import eu.medi4sec.hub.delegate.PersonalKeyDoor;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/community")
@Tag(name = "Community")
class CommunityResource {

    private final MemberService members;
    private final CommunityService community;
    private final SuggestionService suggestions;
    private final CurrentMember me;
    private final PersonalKeyDoor door;

    CommunityResource(
            MemberService members,
            CommunityService community,
            SuggestionService suggestions,
            CurrentMember me,
            PersonalKeyDoor door) {
        this.members = members;
        this.community = community;
        this.suggestions = suggestions;
        this.me = me;
        this.door = door;
    }

    @POST
    @Path("session")
    @PermitAll
    @Operation(
            summary = "Open the community with a personal key",
            description =
                    "Send {key} from a personal link. Gives a MEMBER token (30 days) that reaches the community and "
                            + "nothing else, also after the workshop. The registration must have its place: a waitlisted, invited, "
                            + "cancelled or declined one is 409. The first time, the registration becomes a member. A wrong key is 401; "
                            + "wrong keys from one address wait (429), a valid key always gets in.")
    public MemberService.MemberSession session(
            @Valid @NotNull(message = "Send your personal key.") CommunityRequests.PersonalKey key,
            @Context RoutingContext http) {
        return members.open(door.open(ClientAddress.of(http), key.key()));
    }

    @POST
    @Path("link")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Add another of my registrations to my membership",
            description =
                    "Send {key}: the personal link of another registration made with the same email (another email "
                            + "is 422). This is how one person who came to several workshops becomes one member: each registration "
                            + "joins only when its own link confirms it.")
    public MemberService.Membership link(
            @Valid @NotNull(message = "Send the personal key of the registration to add.")
                    CommunityRequests.PersonalKey key,
            @Context RoutingContext http) {
        return members.link(me.id(), door.open(ClientAddress.of(http), key.key()));
    }

    @GET
    @Path("profile")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "My community profile",
            description =
                    "With the contact and the details of my latest registration that the field switches show or hide.")
    public ProfileView profile() {
        return community.profile(me.id());
    }

    @PUT
    @Path("profile")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Change my community profile",
            description =
                    "{visible, fields: {name, organisation, sector, country}, bio (≤ 1,000), interests (≤ 20 published "
                            + "pattern slugs), contact (≤ 300)}. Anything left out is off or empty: a profile is hidden until it says "
                            + "visible: true. The contact is shown only to members whose introduction was accepted.")
    public ProfileView updateProfile(
            @Valid @NotNull(message = "Send the profile, e.g. {\"visible\": true, \"fields\": {\"sector\": true}}.")
                    ProfileRequest profile) {
        return community.updateProfile(me.id(), profile);
    }

    @GET
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "The community directory",
            description =
                    "Visible members other than me (and anyone blocked either way), newest first: id, the details "
                            + "each chose to show, bio and interests. Never a contact.")
    public List<MemberCard> directory() {
        return community.directory(me.id());
    }

    @GET
    @Path("suggestions")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "People to meet outside my network",
            description =
                    "Visible members I have no introduction with, ranked by new ties: another sector, never in the same "
                            + "breakout group or workshop, interest in the same patterns; the top of the list spans as many sectors as "
                            + "it can. Each with the reason in words.")
    public List<SuggestionService.SuggestionView> suggestions(
            @Parameter(description = "How many (1–50, default 10).") @QueryParam("limit") String limit) {
        return suggestions.suggestions(
                me.id(),
                QueryParams.integer("limit", limit, SuggestionService.DEFAULT_LIMIT, 1, SuggestionService.MAX_LIMIT));
    }

    @GET
    @Path("patterns")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(summary = "The patterns a member can name as interests (published ones), by name")
    public List<CommunityService.PatternChoice> patterns() {
        return community.patterns();
    }

    @GET
    @Path("blocks")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(summary = "The members I blocked")
    public List<MemberCard> blocked() {
        return community.blocked(me.id());
    }

    @POST
    @Path("blocks")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Block a member",
            description =
                    "Send {member}. Neither of us sees the other in the directory or the suggestions, and neither can "
                            + "ask the other; an open request between us is declined. Answers the members I blocked.")
    public List<MemberCard> block(
            @Valid @NotNull(message = "Send {\"member\": id}.") CommunityRequests.NewBlock block) {
        return community.block(me.id(), block.member());
    }

    @DELETE
    @Path("blocks/{memberId}")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(summary = "Unblock a member", description = "204 whether or not the member was blocked.")
    public void unblock(@PathParam("memberId") long memberId) {
        community.unblock(me.id(), memberId);
    }

    @GET
    @Path("figures")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "The community in figures (organiser, admin)",
            description =
                    "Counts only, never a person: members, visible members, introductions made and accepted, and the "
                            + "share of accepted introductions between people of different sectors (null before the first).")
    public CommunityService.Figures figures() {
        return community.figures();
    }
}
