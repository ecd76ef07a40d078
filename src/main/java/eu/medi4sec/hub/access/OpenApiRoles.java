package eu.medi4sec.hub.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Lists, in each operation's security requirement, the roles a token can actually carry: a derived role
 * ({@link Roles#STAFF} and the like) means nothing to a client, so it is replaced by the roles that hold
 * it, in one order everywhere. Runs at build time, like the other conventions of the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiRoles implements OASFilter {

    private static final List<String> ORDER =
            List.of(Roles.ADMIN, Roles.ORGANISER, Roles.FACILITATOR, Roles.ANALYST, Roles.DELEGATE, Roles.MEMBER);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().stream()
                    .filter(operation -> operation.getSecurity() != null)
                    .flatMap(operation -> operation.getSecurity().stream())
                    .forEach(OpenApiRoles::grantedOnly);
        }
    }

    private static void grantedOnly(SecurityRequirement requirement) {
        if (requirement.getSchemes() == null) {
            return;
        }
        Map<String, List<String>> schemes = new LinkedHashMap<>();
        requirement.getSchemes().forEach((scheme, roles) -> schemes.put(scheme, granted(roles)));
        requirement.setSchemes(schemes);
    }

    static List<String> granted(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return roles;
        }
        List<String> granted = roles.stream()
                .flatMap(role -> Roles.granted(role).stream())
                .distinct()
                .toList();
        return Stream.concat(
                        ORDER.stream().filter(granted::contains),
                        granted.stream().filter(role -> !ORDER.contains(role)))
                .toList();
    }
}
