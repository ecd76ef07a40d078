package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The PUBLISHED patterns and the tags to them, and the tags to technologies, as outputs (publications)
 * read them. Draft patterns and tags to them never leave through here.
 */
@ApplicationScoped
public class PublishedPatterns {

    /** A published pattern's text; the long fields are Markdown. */
    public record PatternText(
            String slug,
            String name,
            String summary,
            String problem,
            String forces,
            String solution,
            String consequences,
            List<String> themes) {}

    /** A tag of a note or lesson to a published pattern. */
    public record Tagged(String pattern, Stance stance) {}

    /** A tag of a note or a lesson (one of the two ids is null) to a technology. */
    public record TechnologyTag(long technologyId, Long noteId, Long lessonId, Stance stance) {}

    /** The published patterns by slug, ordered by name. */
    public Map<String, PatternText> bySlug() {
        Map<String, PatternText> patterns = new LinkedHashMap<>();
        Pattern.<Pattern>list("status", PatternStatus.PUBLISHED).stream()
                .sorted(Comparator.comparing((Pattern p) -> p.name.toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(p -> p.slug))
                .forEach(p -> patterns.put(p.slug, text(p)));
        return patterns;
    }

    /** The tags of these lessons to published patterns, by lesson id. */
    public Map<Long, List<Tagged>> ofLessons(Collection<Long> lessonIds) {
        Map<Long, List<Tagged>> byLesson = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return byLesson;
        }
        Map<Long, String> slugs = publishedSlugsById();
        for (PatternTag tag : PatternTag.<PatternTag>list("lessonId in ?1 order by id", lessonIds)) {
            String slug = slugs.get(tag.patternId);
            if (slug != null) {
                byLesson.computeIfAbsent(tag.lessonId, k -> new ArrayList<>()).add(new Tagged(slug, tag.stance));
            }
        }
        return byLesson;
    }

    /** The notes tagged as supporting each published pattern, by slug. */
    public Map<String, List<Long>> supportingNotes() {
        return supporting("noteId is not null", t -> t.noteId);
    }

    /** The lessons tagged as supporting each published pattern, by slug. */
    public Map<String, List<Long>> supportingLessons() {
        return supporting("lessonId is not null", t -> t.lessonId);
    }

    /** The technologies (ids) these lessons are tagged to, by lesson id, in the order they were tagged. */
    public Map<Long, List<Long>> technologiesOfLessons(Collection<Long> lessonIds) {
        Map<Long, List<Long>> byLesson = new HashMap<>();
        if (lessonIds.isEmpty()) {
            return byLesson;
        }
        for (PatternTag tag :
                PatternTag.<PatternTag>list("lessonId in ?1 and technologyId is not null order by id", lessonIds)) {
            byLesson.computeIfAbsent(tag.lessonId, k -> new ArrayList<>()).add(tag.technologyId);
        }
        return byLesson;
    }

    /** Every tag to a technology, by technology id, oldest first. */
    public Map<Long, List<TechnologyTag>> technologyTags() {
        Map<Long, List<TechnologyTag>> byTechnology = new HashMap<>();
        for (PatternTag tag : PatternTag.<PatternTag>list("technologyId is not null order by id")) {
            byTechnology
                    .computeIfAbsent(tag.technologyId, k -> new ArrayList<>())
                    .add(new TechnologyTag(tag.technologyId, tag.noteId, tag.lessonId, tag.stance));
        }
        return byTechnology;
    }

    private Map<String, List<Long>> supporting(String which, java.util.function.Function<PatternTag, Long> target) {
        Map<Long, String> slugs = publishedSlugsById();
        Map<String, List<Long>> bySlug = new HashMap<>();
        for (PatternTag tag :
                PatternTag.<PatternTag>list("stance = ?1 and " + which + " order by id", Stance.SUPPORTS)) {
            String slug = slugs.get(tag.patternId);
            if (slug != null) {
                bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(target.apply(tag));
            }
        }
        return bySlug;
    }

    private static Map<Long, String> publishedSlugsById() {
        Map<Long, String> slugs = new HashMap<>();
        Pattern.<Pattern>list("status", PatternStatus.PUBLISHED).forEach(p -> slugs.put(p.id, p.slug));
        return slugs;
    }

    private static PatternText text(Pattern p) {
        return new PatternText(
                p.slug,
                p.name,
                p.summary,
                p.problem,
                p.forces,
                p.solution,
                p.consequences,
                new ArrayList<>(new TreeSet<>(p.themes)));
    }
}
