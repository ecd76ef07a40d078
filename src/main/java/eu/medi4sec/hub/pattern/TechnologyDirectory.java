package eu.medi4sec.hub.pattern;

import java.util.Optional;

/**
 * The technology catalogue as tagging sees it: a technology's id and name by its slug, and back. The
 * technology feature provides it, so that tags can point at technologies while this package knows
 * nothing of that feature (which itself builds on patterns and their evidence).
 */
public interface TechnologyDirectory {

    record Entry(long id, String slug, String name) {
        TagService.TechnologyRef ref() {
            return new TagService.TechnologyRef(slug, name);
        }
    }

    Optional<Entry> bySlug(String slug);

    Optional<Entry> byId(long id);
}
