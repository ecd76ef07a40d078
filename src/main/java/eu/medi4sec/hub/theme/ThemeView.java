package eu.medi4sec.hub.theme;

public record ThemeView(String slug, String name, String description) {

    static ThemeView of(Theme theme) {
        return new ThemeView(theme.slug, theme.name, theme.description);
    }
}
