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

    public boolean exists(String slug) {
        return slug != null && Theme.findById(slug) != null;
    }
}
