package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;

/** One entry of a section as read from the file: its node properties and its references. */
final class Entry {

    final Kind kind;          // null for a responsibility
    final int index;
    /** Position in the whole file, for messages that depend on file order. */
    final int seq;
    String id;
    /** Node (or relationship) properties: String, Long, Double, LocalDate, List of String, or a Map for attributes. */
    final Map<String, Object> properties = new SmallMap<>();
    /** References per key, in file order. */
    final Map<String, List<Ref>> refs = new SmallMap<>();
    /** Keys present in the file with the value null (rare: created when first needed). */
    private List<String> nullKeys;

    Entry(Kind kind, int index, int seq) {
        this.kind = kind;
        this.index = index;
        this.seq = seq;
    }

    /** Where the entry is in the file, e.g. {@code systems[3]} (computed: half a million entries need no strings). */
    String place() {
        return (kind == null ? "responsibilities" : kind.section()) + "[" + index + "]";
    }

    /** Where a reference of this entry is in the file, e.g. {@code systems[3].dependsOn[1]}. */
    String place(String key, Ref ref) {
        return place() + "." + key + (ref.position() < 0 ? "" : "[" + ref.position() + "]");
    }

    /** Records that a key is present with the value null (the same as absent, but a required key is reported). */
    void markGivenAsNull(String key) {
        if (nullKeys == null) {
            nullKeys = new ArrayList<>(2);
        }
        nullKeys.add(key);
    }

    boolean givenAsNull(String key) {
        return nullKeys != null && nullKeys.contains(key);
    }

    List<Ref> refs(String key) {
        return refs.getOrDefault(key, List.of());
    }

    Ref ref(String key) {
        List<Ref> list = refs.get(key);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
