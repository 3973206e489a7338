package se.ansvarskarta.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;

/** One entry of a section as read from the file: its node properties and its references. */
final class Entry {

    final Kind kind;          // null for a responsibility
    final int index;
    /** Position in the whole file, for messages that depend on file order. */
    final int seq;
    final String place;
    String id;
    /** Node (or relationship) properties: String, Long, Double, LocalDate, List of String, or a Map for attributes. */
    final Map<String, Object> properties = new LinkedHashMap<>();
    /** References per key, in file order. */
    final Map<String, List<Ref>> refs = new LinkedHashMap<>();

    Entry(Kind kind, int index, int seq, String place) {
        this.kind = kind;
        this.index = index;
        this.seq = seq;
        this.place = place;
    }

    List<Ref> refs(String key) {
        return refs.getOrDefault(key, List.of());
    }

    Ref ref(String key) {
        List<Ref> list = refs.get(key);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
