package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;

/** A whole model file as read: settings, entries per kind in file order, and responsibilities. */
final class ParsedModel {

    ModelSettings settings = ModelSettings.DEFAULTS;
    final Map<Kind, List<Entry>> entries = new EnumMap<>(Kind.class);
    final List<Entry> responsibilities = new ArrayList<>();

    ParsedModel() {
        for (Kind kind : Kind.values()) {
            entries.put(kind, new ArrayList<>());
        }
    }

    int entryCount() {
        return entries.values().stream().mapToInt(List::size).sum();
    }
}
