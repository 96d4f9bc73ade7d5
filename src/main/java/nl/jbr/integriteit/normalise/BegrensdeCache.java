package nl.jbr.integriteit.normalise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small bounded cache shared by the ingestion threads, so a million rows with few distinct values stay cheap.
 * Reads take no lock (a {@link ConcurrentHashMap}); when the cache is full it starts again empty, which keeps the
 * bound without bookkeeping per read. A file with more distinct values than the bound still gets correct answers,
 * only computed more often. The computation must be a pure function of the key.
 */
public final class BegrensdeCache<K, V> {

    private final Map<K, V> map = new ConcurrentHashMap<>();
    private final int maximum;

    public BegrensdeCache(int maximum) {
        this.maximum = maximum;
    }

    public V get(K key, Function<K, V> bereken) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        v = bereken.apply(key);
        if (map.size() >= maximum) {
            map.clear();
        }
        map.put(key, v);
        return v;
    }
}
