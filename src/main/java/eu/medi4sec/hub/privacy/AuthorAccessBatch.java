package eu.medi4sec.hub.privacy;

import io.quarkus.arc.Unremovable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The note authors an admin was shown during one request, written in one insert when the response
 * goes out ({@link AuthorAccessFlush}), or at the latest when the request ends.
 */
@RequestScoped
@Unremovable // looked up, not injected: only requests that show authors create one
class AuthorAccessBatch {

    private static final Logger LOG = Logger.getLogger(AuthorAccessBatch.class);

    private final AuthorAccessLog log;
    private final Map<Long, Set<Long>> notesByAccount = new LinkedHashMap<>();

    AuthorAccessBatch(AuthorAccessLog log) {
        this.log = log;
    }

    void add(long accountId, long noteId) {
        notesByAccount.computeIfAbsent(accountId, a -> new LinkedHashSet<>()).add(noteId);
    }

    void flush() {
        if (notesByAccount.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> seen = new LinkedHashMap<>();
        notesByAccount.forEach((account, notes) -> seen.put(account, List.copyOf(notes)));
        notesByAccount.clear();
        seen.forEach(log::record);
    }

    /** A stream's replay is rendered after its response began; what it showed is written here. */
    @PreDestroy
    void end() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record which note authors an admin was shown");
        }
    }
}
