package se.ansvarskarta.model;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.ModelSettingsCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes the whole model in the file format, entry by entry as the database streams it, so export then import gives
 * back the same model. Only what the format defines is written; derived values stay behind.
 */
@Component
class ModelExporter {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Graph graph;

    ModelExporter(Graph graph) {
        this.graph = graph;
    }

    void export(OutputStream out, ModelFormat format) {
        ObjectMapper mapper = format == ModelFormat.JSON ? JSON : YAML;
        try (var session = graph.session(); JsonGenerator g = mapper.createGenerator(out)) {
            session.executeRead(tx -> {
                var settingsRows = tx.run(Cypher.load("model/read-settings")).list();
                ModelSettings settings = ModelSettingsCodec.fromProperties(
                        settingsRows.isEmpty() ? null : settingsRows.get(0).get("settings").asMap());
                g.writeStartObject();
                g.writeNumberProperty("version", ModelSchema.VERSION);
                g.writeName("policy");
                mapper.writeValue(g, policy(settings));
                g.writeName("scales");
                mapper.writeValue(g, scales(settings));
                for (Kind kind : Kind.values()) {
                    g.writeName(kind.section());
                    g.writeStartArray();
                    var rows = tx.run(Cypher.load("model/export-nodes", Map.of("label", kind.label())));
                    while (rows.hasNext()) {
                        mapper.writeValue(g, entry(kind, rows.next()));
                    }
                    g.writeEndArray();
                    if (kind == Kind.INFRASTRUCTURE) {
                        writeResponsibilities(g, mapper, tx.run(Cypher.load("model/export-responsibilities")));
                    }
                }
                g.writeEndObject();
                return null;
            });
        }
    }

    private static void writeResponsibilities(JsonGenerator g, ObjectMapper mapper, org.neo4j.driver.Result rows) {
        g.writeName("responsibilities");
        g.writeStartArray();
        Map<String, Field> fields = ModelSchema.RESPONSIBILITY;
        while (rows.hasNext()) {
            Record r = rows.next();
            Map<String, Object> props = r.get("props").asMap();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", r.get("role").asString());
            entry.put("aspect", props.get("aspect"));
            entry.put("target", r.get("target").asString());
            if (props.get("basis") != null) {
                entry.put("basis", props.get("basis"));
            }
            common(entry, props, fields);
            mapper.writeValue(g, entry);
        }
        g.writeEndArray();
    }

    /** References in the order their targets are declared in the file: kind, then place. */
    private static final Comparator<Object[]> DECLARED = Comparator.<Object[]>comparingInt(t -> (Integer) t[0])
            .thenComparingLong(t -> (Long) t[1]);

    /** A reference as {@code [kind's place among the sections, target's place in its section, target id]}. */
    private static Object[] reference(Value rel) {
        int rank = Integer.MAX_VALUE;
        for (Value label : rel.get("labels").values()) {
            Kind kind = Kind.ofLabelOrNull(label.asString());
            if (kind != null) {
                rank = kind.ordinal();
            }
        }
        return new Object[] {rank, rel.get("ord").asLong(0), rel.get("id").asString()};
    }

    private static Map<String, Object> entry(Kind kind, Record row) {
        Map<String, Object> props = row.get("props").asMap();
        Map<String, List<Object[]>> refs = new LinkedHashMap<>();
        for (Value rel : row.get("out").values()) {
            refs.computeIfAbsent("out:" + rel.get("type").asString(), k -> new ArrayList<>()).add(reference(rel));
        }
        for (Value rel : row.get("incoming").values()) {
            refs.computeIfAbsent("in:" + rel.get("type").asString(), k -> new ArrayList<>()).add(reference(rel));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        Map<String, Field> fields = ModelSchema.fields(kind);
        for (Field field : fields.values()) {
            String key = field.key();
            if (key.equals("description") || key.equals("tags") || key.equals("attributes")) {
                continue;
            }
            if (field.isReference()) {
                List<Object[]> targets = refs.get((field.reverse() ? "in:" : "out:") + field.rel().name());
                if (targets == null || targets.isEmpty()) {
                    continue;
                }
                targets.sort(DECLARED);
                List<String> ids = targets.stream().map(t -> (String) t[2]).toList();
                boolean single = field.type() == FieldType.REF
                        || (field.type() == FieldType.REF_OR_REFS && ids.size() == 1);
                entry.put(key, single ? ids.get(0) : ids);
            } else if (field.type() == FieldType.CLASSIFICATION) {
                Map<String, Object> classification = classification(props);
                if (!classification.isEmpty()) {
                    entry.put(key, classification);
                }
            } else {
                Object value = props.get(field.property());
                if (value != null) {
                    entry.put(key, plain(value));
                }
            }
        }
        common(entry, props, fields);
        return entry;
    }

    private static void common(Map<String, Object> entry, Map<String, Object> props, Map<String, Field> fields) {
        if (props.get("description") != null) {
            entry.put("description", props.get("description"));
        }
        if (props.get("tags") != null) {
            entry.put("tags", props.get("tags"));
        }
        if (props.get("attributes") instanceof String json) {
            entry.put("attributes", JSON.readValue(json, Map.class));
        }
    }

    private static Map<String, Object> classification(Map<String, Object> props) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            if (props.get(aspect.key()) != null) {
                c.put(aspect.key(), props.get(aspect.key()));
            }
        }
        if (props.get(Classifications.ASSESSED) != null) {
            c.put("assessed", plain(props.get(Classifications.ASSESSED)));
        }
        if (props.get(Classifications.NOTE) != null) {
            c.put("note", props.get(Classifications.NOTE));
        }
        return c;
    }

    private static Object plain(Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }

    private static Map<String, Object> policy(ModelSettings s) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("classificationMaxAgeMonths", s.classificationMaxAgeMonths());
        policy.put("riskAnalysisMaxAgeMonths", s.riskAnalysisMaxAgeMonths());
        return policy;
    }

    private static Map<String, Object> scales(ModelSettings s) {
        Map<String, Object> scales = new LinkedHashMap<>();
        scales.put("classification", Map.of("labels", s.classificationLabels()));
        scales.put("likelihood", range(s.likelihoodMin(), s.likelihoodMax()));
        scales.put("consequence", range(s.consequenceMin(), s.consequenceMax()));
        List<Map<String, Object>> bands = new ArrayList<>();
        for (ModelSettings.RiskBand band : s.riskBands()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("name", band.name());
            b.put("max", band.max());
            bands.add(b);
        }
        scales.put("riskBands", bands);
        return scales;
    }

    private static Map<String, Object> range(int min, int max) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", min);
        range.put("max", max);
        return range;
    }
}
