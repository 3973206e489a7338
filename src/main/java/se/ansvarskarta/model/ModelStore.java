package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Session;
import org.neo4j.graphdb.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.ModelSettingsCodec;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.DerivedValues;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import se.ansvarskarta.projection.ProjectionBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces the model in Neo4j with a parsed file, all or nothing, at any size. The new model is first staged in
 * batches under staging labels ({@code _StagedSystem}...), invisible to every query of the live model, with the
 * derived values the analyses compute on the file's own projection ({@link StagingWriter}); then
 * {@link ModelSwitch} makes it the live model (the old model's nodes are retired, the staged nodes get their labels,
 * the Model node gets a new stamp). A failure or a kill before the switch begins leaves the previous model exactly
 * as it was; staged leftovers are purged on failure and at the next start, retired nodes in the background after
 * the switch (and at the next start, should the process stop first). A switch that has begun is finished, at the
 * latest at the next start.
 */
@Component
class ModelStore {

    private static final Logger log = LoggerFactory.getLogger(ModelStore.class);
    static final int PURGE_BATCH = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Graph graph;
    private final ProjectionService projections;
    private final ModelSwitch modelSwitch;
    /** Deletions per transaction when purging; tests make it small. */
    private int purgeBatch = PURGE_BATCH;
    private final java.util.concurrent.ExecutorService purger = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "model-purge");
                thread.setDaemon(true);
                return thread;
            });

    ModelStore(Graph graph, ProjectionService projections) {
        this.graph = graph;
        this.projections = projections;
        this.modelSwitch = new ModelSwitch(graph);
    }

    ModelSwitch modelSwitch() {
        return modelSwitch;
    }

    /** Tests: fewer deletions per purge transaction, so that a small model is purged over several. */
    void configurePurgeForTest(int batch) {
        this.purgeBatch = batch;
    }

    /** Replaces the whole model; returns the number of nodes written. */
    int replace(ParsedModel model) {
        long started = System.nanoTime();
        String importId = UUID.randomUUID().toString();
        ModelSettings settings = model.settings;
        int nodeCount = model.entryCount();
        Progress progress = new Progress(importId, nodeCount + relationshipEstimate(model));
        try (Session session = graph.session()) {
            StagingWriter writer = graph.local()
                    .<StagingWriter>map(local -> new LocalStaging(local.database()))
                    .orElseGet(() -> new BoltStaging(session, importId));
            int relationshipCount;
            Projection projection = projectionOf(model);
            log.info("Import {}: projection and derived values computed in {} ms", importId, millisSince(started));
            try {
                relationshipCount = stage(writer, model, projection, progress);
                log.info("Import {}: staged in {} ms", importId, millisSince(started));
            } catch (RuntimeException e) {
                log.warn("Import {} failed before the switch; the live model is unchanged: {}", importId, e.toString());
                purgeStaged(writer.purgeScope());
                throw e;
            }
            model = null; // the file's entries are in the database now: free them before the switch
            String stamp = UUID.randomUUID().toString();
            long live = graph.read(tx -> tx.run(Cypher.load("model/count")).single().get("nodes").asLong());
            Projection next = projection.asLive(stamp, settings);
            projections.expect(next);
            try {
                modelSwitch.run(writer.purgeScope(), settingsProperties(settings), stamp, live + nodeCount);
            } catch (RuntimeException e) {
                finishOrPurge(writer, importId, e);
            }
            projections.install(next);
            log.info("Model replaced: {} nodes, {} relationships in {} ms", nodeCount, relationshipCount,
                    millisSince(started));
            purger.submit(this::tidyAfterSwitch);
            return nodeCount;
        }
    }

    /**
     * After a failed switch: if it had not begun, the previous model is untouched and the staged one is purged; if it
     * had, it is finished now (or, should that fail too, at the next start).
     */
    private void finishOrPurge(StagingWriter writer, String importId, RuntimeException failure) {
        boolean finished;
        try {
            finished = modelSwitch.finishPending();
        } catch (RuntimeException again) {
            failure.addSuppressed(again);
            throw new IllegalStateException("Import " + importId + " stopped while switching the model live; "
                    + "the switch is finished at the next start", failure);
        }
        if (!finished) {
            projections.expect(null);
            log.warn("Import {} failed before the switch; the live model is unchanged: {}", importId,
                    failure.toString());
            purgeStaged(writer.purgeScope());
            throw failure;
        }
        log.warn("Import {}: the switch failed half-way ({}) and was finished", importId, failure.toString());
    }

    /** Stages the whole model with its derived values; returns the number of relationships. */
    private int stage(StagingWriter writer, ParsedModel model, Projection projection, Progress progress) {
        Object[] handles = new Object[projection.size()];
        DerivedValues derived = projections.derive(projection);
        for (Kind kind : Kind.values()) {
            stageNodes(writer, kind, model.entries.get(kind), projection, derived, handles, progress);
        }
        return stageRelationships(writer, model, projection, handles, progress);
    }

    /** After a switch: deletes the previous model, in batches. */
    private void tidyAfterSwitch() {
        try {
            purge("_Retired", null);
        } catch (RuntimeException e) {
            log.warn("Tidying up after an import failed; it is retried at the next start: {}", e.toString());
        }
    }

    /** Waits until the background purge of previous models is done (tests, shutdown). */
    void awaitPurge() {
        try {
            purger.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @jakarta.annotation.PreDestroy
    void stopPurging() {
        purger.shutdown();
    }

    /**
     * At start-up: finishes a switch that was interrupted, then deletes staged nodes of failed or interrupted imports
     * and retired nodes of finished ones.
     */
    void purgeLeftovers() {
        modelSwitch.finishPending();
        purgeStaged(null);
        purge("_Staged", null); // staged by a version before 2026-11-29 (one label, the kind in a property)
        tidyAfterSwitch();
    }

    /** Deletes the nodes staged by one import (or by any, {@code importId} null), kind by kind. */
    private void purgeStaged(String importId) {
        for (Kind kind : Kind.values()) {
            purge(kind.stagedLabel(), importId);
        }
    }

    /**
     * Deletes the nodes under a label (a staging label of one import or of all, {@code _Retired}): their
     * relationships first, then the nodes, each in batches, so that a node with many relationships (a national
     * service tens of thousands depend on) never makes one transaction large.
     */
    private void purge(String label, String importId) {
        long nodes;
        long relationships;
        var local = graph.local();
        if (local.isPresent() && importId == null) {
            long[] deleted = new LocalPurge(local.get().database(), purgeBatch).purge(Label.label(label));
            nodes = deleted[0];
            relationships = deleted[1];
        } else {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("import", importId);
            parameters.put("batch", purgeBatch);
            Map<String, String> labels = Map.of("label", label);
            relationships = ModelSwitch.repeat(ModelSwitch.cypherBatch(graph,
                    Cypher.load("model/purge-relationships", labels), parameters), () -> { });
            nodes = ModelSwitch.repeat(ModelSwitch.cypherBatch(graph, Cypher.load("model/purge-nodes", labels),
                    parameters), () -> { });
        }
        if (nodes + relationships > 0) {
            log.info("Purged {} {} nodes and {} relationships", nodes, label, relationships);
        }
    }

    /**
     * The projection of the model in the file, built without the database: the analyses' derived values are
     * computed on it and staged with the nodes, and it becomes the live projection after the switch.
     */
    private static Projection projectionOf(ParsedModel model) {
        ProjectionBuilder builder = new ProjectionBuilder();
        for (Kind kind : Kind.values()) {
            for (Entry entry : model.entries.get(kind)) {
                builder.node(kind, nodeProperties(entry));
            }
        }
        builder.indexNodes();
        for (Kind kind : Kind.values()) {
            for (Field field : ModelSchema.fields(kind).values()) {
                if (!field.isReference()) {
                    continue;
                }
                for (Entry entry : model.entries.get(kind)) {
                    for (Ref ref : entry.refs(field.key())) {
                        if (field.reverse()) {
                            builder.edge(ref.id(), field.rel(), entry.id, null, 0);
                        } else {
                            builder.edge(entry.id, field.rel(), ref.id(), null, 0);
                        }
                    }
                }
            }
        }
        for (Entry r : model.responsibilities) {
            builder.edge(r.ref("role").id(), Rel.RESPONSIBLE_FOR, r.ref("target").id(),
                    (String) r.properties.get("aspect"), r.index);
        }
        return builder.build("", model.settings);
    }

    private static void stageNodes(StagingWriter writer, Kind kind, List<Entry> entries,
                                   Projection projection, DerivedValues derived, Object[] handles,
                                   Progress progress) {
        int batch = writer.batchSize();
        for (int from = 0; from < entries.size(); from += batch) {
            List<Entry> slice = entries.subList(from, Math.min(entries.size(), from + batch));
            List<Map<String, Object>> rows = new ArrayList<>(slice.size());
            for (Entry entry : slice) {
                Map<String, Object> props = nodeProperties(entry);
                Map<String, Object> values = derived.of(projection.indexOf(entry.id));
                if (values != null) {
                    values.forEach((key, value) -> {
                        if (value != null) {
                            props.put(key, value);
                        }
                    });
                }
                rows.add(props);
            }
            List<Object> created = writer.nodes(kind, rows);
            for (int i = 0; i < slice.size(); i++) {
                handles[projection.indexOf(slice.get(i).id)] = created.get(i);
                slice.get(i).properties.clear(); // written: only the references are needed from here on
            }
            progress.advance(rows.size());
        }
    }

    /**
     * Stages every relationship, one type at a time and one batch at a time, so that only a batch of rows is ever in
     * memory: {@code [handle of the start, handle of the end, properties]} (the handles {@link StagingWriter#nodes}
     * returned). A reference (dependsOn, members, covers...) is a bare relationship: its place in the file's list is
     * not stored, the model reads references back in the order their targets are declared (see
     * {@code ProjectionBuilder}); a property on each of a million relationships cost more than a quarter of their
     * staging. Responsibilities keep {@code ord}, their place in the file's list, since they are entries of their
     * own.
     */
    private static int stageRelationships(StagingWriter writer, ParsedModel model, Projection projection,
                                          Object[] handles, Progress progress) {
        int count = 0;
        for (Rel rel : Rel.values()) {
            Batch batch = new Batch(writer, rel, progress);
            for (Kind kind : Kind.values()) {
                for (Field field : ModelSchema.fields(kind).values()) {
                    if (field.rel() != rel || !field.isReference()) {
                        continue;
                    }
                    for (Entry entry : model.entries.get(kind)) {
                        Object self = handles[projection.indexOf(entry.id)];
                        for (Ref ref : entry.refs(field.key())) {
                            Object other = handles[projection.indexOf(ref.id())];
                            batch.add(field.reverse() ? other : self, field.reverse() ? self : other, Map.of());
                        }
                    }
                }
            }
            if (rel == Rel.RESPONSIBLE_FOR) {
                for (Entry r : model.responsibilities) {
                    batch.add(handles[projection.indexOf(r.ref("role").id())],
                            handles[projection.indexOf(r.ref("target").id())],
                            responsibilityProperties(r));
                }
            }
            count += batch.flush();
        }
        return count;
    }

    private static Map<String, Object> responsibilityProperties(Entry r) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ord", r.index);
        r.properties.forEach((key, value) -> props.put(key, storable(value)));
        Ref basis = r.ref("basis");
        if (basis != null) {
            props.put("basis", basis.id());
        }
        return props;
    }

    /** Rows of one relationship type, written a batch at a time. */
    private static final class Batch {
        private final StagingWriter writer;
        private final Rel type;
        private final Progress progress;
        private final int size;
        private List<List<Object>> rows;
        private int written;

        Batch(StagingWriter writer, Rel type, Progress progress) {
            this.writer = writer;
            this.type = type;
            this.progress = progress;
            this.size = writer.batchSize();
            this.rows = new ArrayList<>(size);
        }

        void add(Object start, Object end, Map<String, Object> properties) {
            rows.add(List.of(start, end, properties));
            if (rows.size() == size) {
                flush();
            }
        }

        int flush() {
            if (!rows.isEmpty()) {
                writer.relationships(type, rows);
                progress.advance(rows.size());
                written += rows.size();
                rows = new ArrayList<>(size);
            }
            return written;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long relationshipEstimate(ParsedModel model) {
        long count = model.responsibilities.size();
        for (List<Entry> entries : model.entries.values()) {
            for (Entry entry : entries) {
                for (List<Ref> refs : entry.refs.values()) {
                    count += refs.size();
                }
            }
        }
        return count;
    }

    /** Logs how far an import has come, at most every 10 percent. */
    private static final class Progress {
        private final String importId;
        private final long total;
        private long done;
        private long lastTenth = -1;

        Progress(String importId, long total) {
            this.importId = importId;
            this.total = Math.max(1, total);
        }

        void advance(long n) {
            done += n;
            long tenth = done * 10 / total;
            if (tenth != lastTenth && total > 50_000) {
                lastTenth = tenth;
                log.info("Import {}: {}% staged ({} of {} nodes and relationships)", importId, tenth * 10, done, total);
            }
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

    private static Map<String, Object> settingsProperties(ModelSettings s) {
        return ModelSettingsCodec.toProperties(s);
    }
}
