package se.ansvarskarta.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One object of a GraphQL answer completed by {@link LightListExecutionStrategy}: the response keys, shared by
 * every object of the same selection, and this object's values, in the order of the selection. A read-only map
 * with the iteration order of the keys, as the engine's {@code LinkedHashMap} has: for six fields about 64 bytes
 * where a {@code LinkedHashMap} takes about 370 (its table and an entry object per field; counted from the object
 * layouts with compressed references, not measured). A whole-model answer is
 * a million such objects, alive until its last byte is written: their size is what the garbage collector copies.
 */
@JsonSerialize(using = ResultObject.Json.class)
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

    /**
     * Writes the object as Jackson writes any map of it (the equality test compares the bytes), without an entry
     * object per field and a serializer lookup per value: strings, booleans, integers, nulls, lists and nested
     * objects directly, anything else through Jackson.
     */
    static final class Json extends ValueSerializer<ResultObject> {

        @Override
        public void serialize(ResultObject object, JsonGenerator json, SerializationContext context) {
            json.writeStartObject(object);
            for (int i = 0; i < object.keys.length; i++) {
                json.writeName(object.keys[i]);
                write(object.values[i], json, context);
            }
            json.writeEndObject();
        }

        private void write(Object value, JsonGenerator json, SerializationContext context) {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String text) {
                json.writeString(text);
            } else if (value instanceof ResultObject object) {
                serialize(object, json, context);
            } else if (value instanceof Boolean bool) {
                json.writeBoolean(bool);
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof List<?> list) {
                json.writeStartArray(list, list.size());
                for (Object item : list) {
                    write(item, json, context);
                }
                json.writeEndArray();
            } else {
                context.writeValue(json, value);
            }
        }
    }
}
