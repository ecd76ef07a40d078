package eu.medi4sec.hub.theme;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/themes")
@Tag(name = "Themes")
class ThemeResource {

    private final ThemeService themes;

    ThemeResource(ThemeService themes) {
        this.themes = themes;
    }

    @GET
    @PermitAll
    @Operation(summary = "The six workshop themes", description = "Public reference data, in programme order.")
    public List<ThemeView> list() {
        return themes.list();
    }
}
