package eu.medi4sec.hub.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs for REFI-QDA files, derived from what they stand for (a name-based UUID of {@code kind:key}), so
 * that every export names the same pattern, technology, note or tag with the same GUID and a QDA tool can
 * match a later export to an earlier one. Example: a pattern's code is {@code of("pattern", slug)}.
 */
final class Guids {

    private Guids() {}

    static String of(String kind, Object key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
