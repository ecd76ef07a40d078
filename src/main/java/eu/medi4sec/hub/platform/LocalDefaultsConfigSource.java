package eu.medi4sec.hub.platform;

import io.quarkus.runtime.ExecutionMode;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The lowest-priority configuration: consulted only for what nothing else configures. Where no
 * datasource URL is set it starts the embedded PostgreSQL; where no signing key is set it generates
 * one. It does nothing while the app is being built, nor while its AppCDS archive is written.
 */
public class LocalDefaultsConfigSource implements ConfigSource {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey.location";
    static final String PRIVATE_KEY = "smallrye.jwt.sign.key.location";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(JDBC_URL, USERNAME, PUBLIC_KEY, PRIVATE_KEY);
    }

    @Override
    public String getValue(String name) {
        if (ExecutionMode.current() == ExecutionMode.UNSET || generatingAppCds()) {
            return null;
        }
        return switch (name) {
            case JDBC_URL -> EmbeddedDatabase.jdbcUrl();
            case USERNAME -> "postgres";
            case PUBLIC_KEY -> GeneratedKeys.publicKey().toUri().toString();
            case PRIVATE_KEY -> GeneratedKeys.privateKey().toUri().toString();
            default -> null;
        };
    }

    /**
     * Writing the AppCDS archive (at build time, or in the image) runs the app's static initialisation and stops:
     * no embedded database or key files may come of it.
     */
    private static boolean generatingAppCds() {
        return Boolean.getBoolean("quarkus.appcds.generate");
    }

    @Override
    public int getOrdinal() {
        return 1;
    }

    @Override
    public String getName() {
        return "workshop-hub-local-defaults";
    }
}
