package nl.jbr.integriteit.normalise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used cache, so a million rows with few distinct values stay cheap. */
public final class BegrensdeCache<K, V> {

    private final Map<K, V> map;

    public BegrensdeCache(int maximum) {
        this.map = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maximum;
            }
        };
    }

    public V get(K key, Function<K, V> bereken) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = bereken.apply(key);
        synchronized (map) {
            map.put(key, v);
        }
        return v;
    }
}
