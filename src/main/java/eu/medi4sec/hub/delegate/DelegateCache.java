package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.LocalCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The delegates who may write, as far as this instance last read them: REGISTERED and not erased, with what a
 * note's author line shows. Only a hint for the note path's fast path, which checks the same in its guarded
 * insert; forgotten when the delegate is cancelled or erased (on every instance, {@link CacheInvalidation}).
 */
@ApplicationScoped
public class DelegateCache implements CacheInvalidation.Listener {

    /** A delegate who may write notes in their workshop. */
    public record Active(long id, long workshopId, String name, String organisation, Sector sector) {}

    private final LocalCache<Active> active = new LocalCache<>(200_000);

    /** The delegate as cached, if they were active when last read; no database. */
    public Optional<Active> cached(long delegateId) {
        return active.get(delegateId);
    }

    /** Reads the delegate afresh, in the caller's transaction, and keeps them if active. */
    public Optional<Active> load(long delegateId) {
        long readAt = active.generation();
        Optional<Active> found = Delegate.<Delegate>findByIdOptional(delegateId)
                .filter(d -> d.status == DelegateStatus.REGISTERED && !d.isErased())
                .map(d -> new Active(d.id, d.workshopId, d.name, d.organisation, d.sector));
        if (found.isPresent()) {
            active.put(delegateId, found.get(), readAt);
        } else {
            active.forget(delegateId);
        }
        return found;
    }

    /** Whether the delegate may still use their token, read afresh in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isActive(long delegateId) {
        return load(delegateId).isPresent();
    }

    @Override
    public void forget(String kind, long id) {
        if (CacheInvalidation.DELEGATE.equals(kind)) {
            active.forget(id);
        }
    }

    @Override
    public void forgetAll() {
        active.clear();
    }
}
