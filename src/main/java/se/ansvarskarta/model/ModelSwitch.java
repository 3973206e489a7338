package se.ansvarskarta.model;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a staged model the live one: the live model's nodes are retired (cypher/model/retire), the staged ones trade
 * their staging label for their kind's label (cypher/model/promote, kind by kind), the {@code Model} node gets the
 * file's settings and a new stamp.
 *
 * <p>When the old and the new model together have at most a batch of nodes ({@link #DEFAULT_BATCH}), all of it is one transaction.
 * A larger switch cannot be: Neo4j keeps every changed node of a transaction, with the index entries it gains and
 * loses, in the heap until the commit is applied, about 2 kB a node — re-importing a national model (twice 218,000
 * nodes) needed more than a 1.2 GB heap and left the database needing a restart. So a large switch first commits
 * its intent on the {@code Model} node (cypher/model/begin-switch), then retires and promotes in batches of
 * bounded size, then writes the settings and clears the mark. From the intent on, the new model <em>is</em> the
 * model: should the process stop half-way, the next start finishes the switch ({@link #finishPending()}) before
 * anything else; meanwhile every reader of this application waits (the projection service sees the mark), so no
 * answer mixes the two models. A Cypher query from outside the application run during those seconds can.
 */
final class ModelSwitch {

    private static final Logger log = LoggerFactory.getLogger(ModelSwitch.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The mark of an in-process import, which switches every staged node. */
    private static final String EVERY_IMPORT = "*";
    static final int DEFAULT_BATCH = 10_000;

    private final Graph graph;
    private int batch = DEFAULT_BATCH;
    /** Called after each committed batch of a large switch (tests stop a switch half-way with it). */
    private Runnable afterBatch = () -> { };

    ModelSwitch(Graph graph) {
        this.graph = graph;
    }

    /** Tests: a smaller batch, so that small models take the batched path, and a hook after every batch. */
    void configureForTest(int batchSize, Runnable hook) {
        this.batch = batchSize;
        this.afterBatch = hook;
    }

    /**
     * Switches the staged model live.
     *
     * @param importId which staged nodes: those marked with this import, or null for every staged node
     * @param nodes    how many nodes the switch touches (the live model's and the staged ones)
     */
    void run(String importId, Map<String, Object> settings, String stamp, long nodes) {
        long started = System.nanoTime();
        if (nodes <= batch) {
            graph.write(tx -> {
                Map<String, Object> all = Map.of("batch", Long.MAX_VALUE);
                tx.run(Cypher.load("model/retire"), all).consume();
                for (Kind kind : Kind.values()) {
                    tx.run(promote(kind), scope(importId, Long.MAX_VALUE)).consume();
                }
                tx.run(Cypher.load("model/write-settings"), Map.of("settings", settings, "stamp", stamp)).consume();
                return null;
            });
            log.info("Switched live in one transaction ({} nodes) in {} ms", nodes, millisSince(started));
            return;
        }
        graph.write(tx -> tx.run(Cypher.load("model/begin-switch"), Map.of(
                "import", importId == null ? EVERY_IMPORT : importId,
                "settings", JSON.writeValueAsString(settings), "stamp", stamp)).consume());
        finish(importId, "retire", settings, stamp);
        log.info("Switched live in batches of {} ({} nodes) in {} ms", batch, nodes, millisSince(started));
    }

    /**
     * Finishes a switch that began and did not end (the process stopped half-way); returns whether there was one.
     * Runs at start-up, before leftovers of imports are purged.
     */
    @SuppressWarnings("unchecked")
    boolean finishPending() {
        var pending = graph.read(tx -> tx.run(Cypher.load("model/pending-switch")).list());
        if (pending.isEmpty()) {
            return false;
        }
        var row = pending.get(0);
        String mark = row.get("import").asString();
        String phase = row.get("phase").asString("retire");
        log.warn("An import stopped while switching the model live ({} phase); finishing it now", phase);
        Map<String, Object> settings = JSON.readValue(row.get("settings").asString(), Map.class);
        finish(EVERY_IMPORT.equals(mark) ? null : mark, phase, settings, row.get("stamp").asString());
        log.info("The interrupted switch is finished: the imported model is live");
        return true;
    }

    private void finish(String importId, String phase, Map<String, Object> settings, String stamp) {
        if (phase.equals("retire")) {
            long retired = repeat(Cypher.load("model/retire"), Map.of("batch", (long) batch));
            graph.write(tx -> tx.run(Cypher.load("model/switch-phase"), Map.of("phase", "promote")).consume());
            log.info("Switch: {} nodes of the previous model retired", retired);
        }
        long promoted = 0;
        for (Kind kind : Kind.values()) {
            promoted += repeat(promote(kind), scope(importId, batch));
        }
        graph.write(tx -> tx.run(Cypher.load("model/write-settings"),
                Map.of("settings", settings, "stamp", stamp)).consume());
        log.info("Switch: {} staged nodes promoted", promoted);
    }

    private long repeat(String statement, Map<String, Object> parameters) {
        return repeat(graph, statement, parameters, afterBatch);
    }

    /**
     * Runs a batch statement (one that returns how many nodes or relationships it changed in its only column), each
     * run in its own transaction, until it changes nothing; returns the total.
     */
    static long repeat(Graph graph, String statement, Map<String, Object> parameters, Runnable afterBatch) {
        long total = 0;
        long changed;
        do {
            changed = graph.write(tx -> tx.run(statement, parameters).single().get(0).asLong());
            total += changed;
            if (changed > 0) {
                afterBatch.run();
            }
        } while (changed > 0);
        return total;
    }

    /** cypher/model/promote for one kind. */
    private static String promote(Kind kind) {
        return Cypher.load("model/promote", Map.of("staged", kind.stagedLabel(), "label", kind.label()));
    }

    private static Map<String, Object> scope(String importId, long batch) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("import", importId);
        parameters.put("batch", batch);
        return parameters;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
