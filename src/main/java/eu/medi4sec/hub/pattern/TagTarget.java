package eu.medi4sec.hub.pattern;

/** What a tag ties to a pattern: a note or a lesson. Tagging either works the same way. */
public enum TagTarget {
    NOTE("noteId"),
    LESSON("lessonId");

    /** The {@link PatternTag} field that holds the target's id. */
    final String field;

    TagTarget(String field) {
        this.field = field;
    }

    static TagTarget of(PatternTag tag) {
        return tag.noteId != null ? NOTE : LESSON;
    }

    Long idIn(PatternTag tag) {
        return this == NOTE ? tag.noteId : tag.lessonId;
    }

    String noun() {
        return name().toLowerCase();
    }
}
