package eu.medi4sec.hub.common;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small map of rows by id on this instance, forgotten on notice ({@link CacheInvalidation}). A value is
 * stored only if nothing was forgotten since it was read, so a read that races a change never keeps the
 * old row.
 */
public final class LocalCache<V> {

    private final ConcurrentHashMap<Long, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int capacity;

    public LocalCache(int capacity) {
        this.capacity = capacity;
    }

    public Optional<V> get(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Take this before reading the row from the database, and hand it to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    public void put(long id, V value, long readAt) {
        if (generation.get() != readAt) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(id, value);
        if (generation.get() != readAt) {
            entries.remove(id);
        }
    }

    public void forget(long id) {
        generation.incrementAndGet();
        entries.remove(id);
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
