package se.ansvarskarta.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One object of a GraphQL answer completed by {@link LightListExecutionStrategy}: the response keys, shared by
 * every object of the same selection, and this object's values, in the order of the selection. A read-only map
 * with the iteration order of the keys, as the engine's {@code LinkedHashMap} has, in about 64 bytes for six fields
 * where a {@code LinkedHashMap} takes about 370 (its table and an entry object per field). A whole-model answer is
 * a million such objects, alive until its last byte is written: their size is what the garbage collector copies.
 */
final class ResultObject extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    ResultObject(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
