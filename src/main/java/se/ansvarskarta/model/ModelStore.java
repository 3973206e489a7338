package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.ModelSettingsCodec;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.ProjectionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces the model in Neo4j with a parsed file, all in one transaction: the old model is deleted, the new one
 * created in batches, derived values computed and written, and only then committed. A failure or a kill before the
 * commit leaves the previous model exactly as it was.
 */
@Component
class ModelStore {

    private static final Logger log = LoggerFactory.getLogger(ModelStore.class);
    private static final int BATCH = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Graph graph;
    private final ProjectionService projections;

    ModelStore(Graph graph, ProjectionService projections) {
        this.graph = graph;
        this.projections = projections;
    }

    /** Replaces the whole model; returns the number of nodes written. */
    int replace(ParsedModel model) {
        long started = System.nanoTime();
        try (Session session = graph.session(); Transaction tx = session.beginTransaction()) {
            tx.run(Cypher.load("model/delete")).consume();
            Map<String, String> elements = new HashMap<>(model.entryCount() * 2);
            for (Kind kind : Kind.values()) {
                createNodes(tx, kind, model.entries.get(kind), elements);
            }
            Map<Rel, List<Map<String, Object>>> relationships = relationships(model, elements);
            for (var batch : relationships.entrySet()) {
                createRelationships(tx, batch.getKey(), batch.getValue());
            }
            String stamp = UUID.randomUUID().toString();
            tx.run(Cypher.load("model/write-settings"), Map.of("settings", settingsProperties(model.settings),
                    "stamp", stamp)).consume();
            var projection = projections.deriveAndLoad(tx);
            tx.commit();
            projections.install(projection);
            log.info("Model replaced: {} nodes, {} relationships in {} ms", elements.size(),
                    relationships.values().stream().mapToInt(List::size).sum(),
                    (System.nanoTime() - started) / 1_000_000);
            return elements.size();
        }
    }

    private static void createNodes(Transaction tx, Kind kind, List<Entry> entries, Map<String, String> elements) {
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Entry entry : entries.subList(from, Math.min(entries.size(), from + BATCH))) {
                rows.add(nodeProperties(entry));
            }
            tx.run(Cypher.load("model/create-nodes"), Map.of("label", kind.label(), "rows", rows))
                    .forEachRemaining(r -> elements.put(r.get("id").asString(), r.get("element").asString()));
        }
    }

    static Map<String, Object> nodeProperties(Entry entry) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", entry.id);
        props.put("ord", entry.index);
        entry.properties.forEach((key, value) -> props.put(key, storable(value)));
        return props;
    }

    private static Object storable(Object value) {
        if (value instanceof Map<?, ?> attributes) {
            return JSON.writeValueAsString(attributes);
        }
        return value;
    }

    private static Map<Rel, List<Map<String, Object>>> relationships(ParsedModel model, Map<String, String> elements) {
        Map<Rel, List<Map<String, Object>>> rows = new EnumMap<>(Rel.class);
        for (Kind kind : Kind.values()) {
            Map<String, Field> fields = ModelSchema.fields(kind);
            for (Entry entry : model.entries.get(kind)) {
                String self = elements.get(entry.id);
                for (var refs : entry.refs.entrySet()) {
                    Field field = fields.get(refs.getKey());
                    int ord = 0;
                    for (Ref ref : refs.getValue()) {
                        String other = elements.get(ref.id());
                        rows.computeIfAbsent(field.rel(), r -> new ArrayList<>()).add(Map.of(
                                "a", field.reverse() ? other : self,
                                "b", field.reverse() ? self : other,
                                "props", Map.of("ord", ord++)));
                    }
                }
            }
        }
        for (Entry r : model.responsibilities) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("ord", r.index);
            r.properties.forEach((key, value) -> props.put(key, storable(value)));
            Ref basis = r.ref("basis");
            if (basis != null) {
                props.put("basis", basis.id());
            }
            rows.computeIfAbsent(Rel.RESPONSIBLE_FOR, x -> new ArrayList<>()).add(Map.of(
                    "a", elements.get(r.ref("role").id()),
                    "b", elements.get(r.ref("target").id()),
                    "props", props));
        }
        return rows;
    }

    private static void createRelationships(Transaction tx, Rel type, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            tx.run(Cypher.load("model/create-relationships"),
                    Map.of("type", type.name(), "rows", rows.subList(from, Math.min(rows.size(), from + BATCH))))
                    .consume();
        }
    }

    private static Map<String, Object> settingsProperties(ModelSettings s) {
        return ModelSettingsCodec.toProperties(s);
    }
}
