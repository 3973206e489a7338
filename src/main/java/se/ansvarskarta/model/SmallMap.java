package se.ansvarskarta.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An insertion-ordered map for the handful of keys of one model entry: keys and values side by side in one array,
 * found by a linear scan. A national model holds over half a million entries while it is imported; a
 * {@link java.util.LinkedHashMap} each would cost several times the memory (and the garbage collector's time).
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {

    private Object[] slots = new Object[8];
    private int size;

    @Override
    public int size() {
        return size;
    }

    private int find(Object key) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = find(key);
        return i < 0 ? null : (V) slots[2 * i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int i = find(key);
        if (i >= 0) {
            V old = (V) slots[2 * i + 1];
            slots[2 * i + 1] = value;
            return old;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        size++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        V old = (V) slots[2 * i + 1];
        System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        return old;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private boolean removable;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        removable = true;
                        return new SimpleImmutableEntry<>((K) slots[2 * i], (V) slots[2 * i + 1]);
                    }

                    @Override
                    public void remove() {
                        if (!removable) {
                            throw new IllegalStateException();
                        }
                        removable = false;
                        SmallMap.this.remove(slots[2 * --next]);
                    }
                };
            }
        };
    }
}
