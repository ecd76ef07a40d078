package eu.medi4sec.hub.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication as readers get it, whatever the format: sections of entries (lessons, patterns,
 * technologies), each entry citing its evidence by number, and the numbered references at the end. It is
 * what a published version freezes (as JSON) and what the public JSON format returns, so it holds nothing
 * for staff only: no ids of notes, lessons or people, and no author beyond a sector.
 *
 * @param version the published version's number; null for a preview of what publishing now would freeze
 * @param publishedAt when that version was published; null for a preview
 */
public record Document(
        String title,
        String slug,
        PublicationKind kind,
        String kindLabel,
        String introduction,
        List<Named> themes,
        List<WorkshopRef> workshops,
        Integer version,
        Instant publishedAt,
        Instant assembledAt,
        List<Section> sections,
        List<Reference> references,
        List<Named> patterns) {

    /** Something with a slug and a name (a theme, a pattern, a technology). */
    public record Named(String slug, String name) {}

    /** A workshop the publication draws on. */
    public record WorkshopRef(String title, String theme, LocalDate date) {}

    /** A part of the document, for example one pattern with the lessons grouped under it. */
    public record Section(String heading, String summary, List<Group> groups) {}

    /** Entries under an optional sub-heading (a lesson type, a theme). */
    public record Group(String heading, List<Entry> entries) {}

    /**
     * One claim with its sources: a lesson, a pattern card or a technology.
     *
     * @param type LESSON, PATTERN or TECHNOLOGY
     * @param label what it is, for readers ("Best practice", "Pattern", a technology's category)
     * @param stance for a lesson listed under a pattern it speaks against: "CONTRADICTS"; otherwise null
     * @param fields labelled paragraphs (a pattern's problem and solution, a technology's uses and risks)
     * @param evidence counts of the evidence behind it, by theme and by sector
     * @param prompts questions for discussion (ethics material)
     * @param references the numbers of its references in {@link Document#references}
     */
    public record Entry(
            String type,
            String title,
            String label,
            String text,
            String stance,
            String workshop,
            List<Field> fields,
            List<Named> patterns,
            List<Named> technologies,
            List<Count> evidence,
            List<Prompt> prompts,
            List<Integer> references) {

        /** For the templates: the counts as readable lines ("By theme: Trolling 3, Riots and mass gatherings 1"). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public List<String> evidenceLines() {
            java.util.Map<String, List<String>> byDimension = new java.util.LinkedHashMap<>();
            for (Count count : evidence) {
                byDimension
                        .computeIfAbsent(count.dimension(), k -> new java.util.ArrayList<>())
                        .add(
                                count.dimension().equals(Count.TOTAL)
                                        ? count.label() + ": " + count.count()
                                        : count.label() + " " + count.count());
            }
            List<String> lines = new java.util.ArrayList<>();
            byDimension.forEach((dimension, parts) -> lines.add(
                    switch (dimension) {
                        case Count.THEME -> "By theme: " + String.join(", ", parts);
                        case Count.SECTOR -> "By sector: " + String.join(", ", parts);
                        default -> String.join(" · ", parts);
                    }));
            return lines;
        }
    }

    public record Field(String label, String text) {}

    /**
     * How much evidence there is: in total (by stance), by theme or by sector.
     *
     * @param dimension "total", "theme" or "sector"
     */
    public record Count(String dimension, String label, long count) {
        public static final String TOTAL = "total";
        public static final String THEME = "theme";
        public static final String SECTOR = "sector";
    }

    /** A discussion prompt drawn from a related pattern's forces or consequences. */
    public record Prompt(String pattern, String statement, String question) {}

    /**
     * A quote as evidence: redacted, in the analyst's publication text where there is one.
     *
     * @param sector the author's sector; null when the workshop is ANONYMOUS or the author was staff
     */
    public record Reference(int number, String quote, String workshop, LocalDate date, String theme, String sector) {}
}
