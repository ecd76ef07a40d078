package eu.medi4sec.hub.note;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The notes' limits: length, how long an author may change a note, how long a retry is answered. */
@ConfigMapping(prefix = "workshop-hub.notes")
interface NoteConfig {

    /** The longest note, in characters. */
    @WithDefault("2000")
    int maxLength();

    /** How long after sending an author may edit or withdraw their note. */
    @WithDefault("PT5M")
    Duration editWindow();

    /** How long an Idempotency-Key is kept, so that a retry gets the first answer back. */
    @WithDefault("PT48H")
    Duration idempotencyRetention();
}
