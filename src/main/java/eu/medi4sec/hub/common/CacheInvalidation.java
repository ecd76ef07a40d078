package eu.medi4sec.hub.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Tells every instance's caches that a row they may hold changed: a workshop, a round (session) or a delegate.
 * The transaction that changes the row sends {@code NOTIFY workshop_hub_cache, 'kind:id'}, which PostgreSQL
 * delivers on commit to every instance's listener (live/PgListener); this instance also forgets at once,
 * and again after the commit. The caches are hints for the note path's fast path, which re-checks them in
 * its guarded insert, so a notice that comes late costs speed, never correctness.
 */
@ApplicationScoped
public class CacheInvalidation {

    public static final String CHANNEL = "workshop_hub_cache";

    public static final String WORKSHOP = "workshop";
    public static final String SESSION = "session";
    public static final String DELEGATE = "delegate";

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);

    /** A cache on this instance that forgets on notice. */
    public interface Listener {
        void forget(String kind, long id);

        void forgetAll();
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<Listener> listeners;

    CacheInvalidation(EntityManager em, TransactionSynchronizationRegistry transactions, Instance<Listener> listeners) {
        this.em = em;
        this.transactions = transactions;
        this.listeners = listeners;
    }

    /** Announces, inside the transaction that changes it, that a row changed; delivered on commit. */
    public void changed(String kind, long id) {
        String payload = kind + ":" + id;
        em.createNativeQuery("select cast(pg_notify(:channel, :payload) as text)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getResultList();
        forget(kind, id);
        // a request that reads the row before this commit may cache the old one: forget once more after it
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget(kind, id);
                }
            }
        });
    }

    /** A notice from the listener: {@code kind:id}. */
    public void received(String payload) {
        int colon = payload.indexOf(':');
        try {
            forget(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
        } catch (RuntimeException e) {
            LOG.warnf("Ignoring a cache notice that could not be read (%s); forgetting everything", payload);
            forgetAll();
        }
    }

    /** Notices may have been missed (the listener reconnected): forget everything. */
    public void forgetAll() {
        listeners.forEach(Listener::forgetAll);
    }

    private void forget(String kind, long id) {
        listeners.forEach(l -> l.forget(kind, id));
    }
}
