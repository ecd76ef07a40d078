package eu.medi4sec.hub.platform;

import java.nio.file.Path;

/**
 * Where a local run keeps what it must not lose between restarts: the embedded database and the
 * generated signing keys. {@code -Dworkshop-hub.data-dir}, else {@code WORKSHOP_HUB_DATA_DIR}, else
 * {@code ~/.workshop-hub}.
 */
final class DataDirectory {

    private DataDirectory() {}

    static Path resolve() {
        String configured = System.getProperty("workshop-hub.data-dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("WORKSHOP_HUB_DATA_DIR");
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".workshop-hub").toAbsolutePath();
        }
        return Path.of(configured).toAbsolutePath();
    }
}
