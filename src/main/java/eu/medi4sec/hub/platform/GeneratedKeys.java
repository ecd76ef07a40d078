package eu.medi4sec.hub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The token signing key pair for runs where none is configured: made once, on first start, in
 * {@code <data-dir>/keys}, so tokens stay valid across restarts. Never committed anywhere.
 */
final class GeneratedKeys {

    private static final Logger LOG = Logger.getLogger(GeneratedKeys.class);
    private static Path dir;

    private GeneratedKeys() {}

    static synchronized Path privateKey() {
        return ensure().resolve("private.pem");
    }

    static synchronized Path publicKey() {
        return ensure().resolve("public.pem");
    }

    private static Path ensure() {
        if (dir != null) {
            return dir;
        }
        Path keys = DataDirectory.resolve().resolve("keys");
        Path privatePem = keys.resolve("private.pem");
        Path publicPem = keys.resolve("public.pem");
        try {
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                Files.createDirectories(keys);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(
                        privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                try {
                    Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system; the folder's own permissions apply
                }
                LOG.infof("No signing key configured: generated a key pair in %s", keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the signing keys to " + keys, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        dir = keys;
        return dir;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
