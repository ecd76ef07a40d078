package eu.medi4sec.hub.theme;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ThemeService {

    public List<ThemeView> list() {
        return Theme.<Theme>listAll(Sort.by("position")).stream()
                .map(ThemeView::of)
                .toList();
    }

    /** Each theme's name by its slug, in programme order. */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Theme theme : Theme.<Theme>listAll(Sort.by("position"))) {
            names.put(theme.slug, theme.name);
        }
        return names;
    }

    /** The theme's name, for outputs that print it; the slug itself when no theme has it. */
    public String nameOf(String slug) {
        Theme theme = slug == null ? null : Theme.findById(slug);
        return theme == null ? slug : theme.name;
    }

    public boolean exists(String slug) {
        return slug != null && Theme.findById(slug) != null;
    }
}
