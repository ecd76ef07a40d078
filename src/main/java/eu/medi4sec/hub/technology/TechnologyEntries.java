package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.pattern.TechnologyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The catalogue's entries for tagging (which lives with the patterns): by slug and by id. */
@ApplicationScoped
class TechnologyEntries implements TechnologyDirectory {

    @Override
    public Optional<Entry> bySlug(String slug) {
        return Technology.findBySlug(slug).map(TechnologyEntries::entry);
    }

    @Override
    public Optional<Entry> byId(long id) {
        return Technology.<Technology>findByIdOptional(id).map(TechnologyEntries::entry);
    }

    private static Entry entry(Technology technology) {
        return new Entry(technology.id, technology.slug, technology.name);
    }
}
