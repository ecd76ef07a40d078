package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.note.NoteService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The patterns people can say they care about: the published ones (drafts are the analysts' own), and
 * for the community, the patterns a person's notes were tagged to.
 */
@ApplicationScoped
public class PatternInterests {

    private final NoteService notes;

    PatternInterests(NoteService notes) {
        this.notes = notes;
    }

    /** The published patterns, slug to name, by name. */
    public Map<String, String> published() {
        Map<String, String> names = new LinkedHashMap<>();
        Pattern.<Pattern>list("status", Sort.by("name"), PatternStatus.PUBLISHED)
                .forEach(p -> names.put(p.slug, p.name));
        return names;
    }

    /**
     * For each of these delegates, the published patterns that their open notes (visible, nothing
     * sensitive) were tagged to, supporting or contradicting: both say the pattern is what they talked about.
     */
    public Map<Long, Set<String>> ofNotesBy(Collection<Long> delegateIds) {
        Map<Long, List<Long>> byAuthor = notes.openNotesBy(delegateIds);
        Map<Long, Long> authorOf = new HashMap<>();
        byAuthor.forEach((author, ids) -> ids.forEach(id -> authorOf.put(id, author)));
        if (authorOf.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = PatternTag.getEntityManager()
                .createQuery("""
                select t.noteId, p.slug from PatternTag t, Pattern p
                where p.id = t.patternId and p.status = :published and t.noteId in :notes""")
                .setParameter("published", PatternStatus.PUBLISHED)
                .setParameter("notes", authorOf.keySet())
                .getResultList();
        Map<Long, Set<String>> interests = new HashMap<>();
        for (Object[] row : rows) {
            Long author = authorOf.get(((Number) row[0]).longValue());
            interests.computeIfAbsent(author, a -> new TreeSet<>()).add((String) row[1]);
        }
        return interests;
    }
}
