package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.LocalDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a staged model the live one: the live model's nodes are retired (cypher/model/retire), the staged ones trade
 * their staging label for their kind's label (cypher/model/promote, kind by kind), the {@code Model} node gets the
 * file's settings and a new stamp.
 *
 * <p>When the old and the new model together have at most a batch of nodes ({@link #DEFAULT_BATCH}), all of it is one
 * transaction. A larger switch cannot be: Neo4j keeps every changed node of a transaction, with the index entries
 * it gains and loses, in the heap until the commit is applied, about 2 kB a node — re-importing a national model
 * (twice 218,000 nodes) needed more than a 1.2 GB heap and left the database needing a restart. So a large switch
 * first commits its intent on the {@code Model} node (cypher/model/begin-switch), then retires and promotes in
 * batches of bounded size, then writes the settings and clears the mark. From the intent on, the new model
 * <em>is</em> the model: should the process stop half-way, the next start finishes the switch
 * ({@link #finishPending()}) before anything else; meanwhile every reader of this application waits (the projection
 * service sees the mark), so no answer mixes the two models. A Cypher query from outside the application run during
 * those seconds can.
 *
 * <p>With the database in this JVM the batches of an in-process import relabel nodes through Neo4j's Java API
 * (national model: 3.3–3.8 s for the first import's switch, against 6.2–6.6 s for the Cypher switch of the version
 * before, measured in the same minutes); a switch of an import staged over Bolt, which marks its nodes with its
 * import id, and any switch against a server use the Cypher files.
 */
final class ModelSwitch {

    private static final Logger log = LoggerFactory.getLogger(ModelSwitch.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The mark of an in-process import, which switches every staged node. */
    private static final String EVERY_IMPORT = "*";
    static final int DEFAULT_BATCH = 10_000;
    private static final Label RETIRED = Label.label("_Retired");

    private final Graph graph;
    /** The database in this JVM, if it runs here: an in-process import's batches are relabelled through its API. */
    private final GraphDatabaseService local;
    private int batch = DEFAULT_BATCH;
    /** Called after each committed batch of a large switch (tests stop a switch half-way with it). */
    private Runnable afterBatch = () -> { };

    ModelSwitch(Graph graph) {
        this.graph = graph;
        this.local = graph.local().map(LocalDatabase::database).orElse(null);
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
            long retired = 0;
            if (local == null) {
                retired = repeat(cypherBatch(Cypher.load("model/retire"), Map.of("batch", (long) batch)));
            } else {
                for (Kind kind : Kind.values()) {
                    retired += repeat(() -> relabel(Label.label(kind.label()), RETIRED));
                }
            }
            graph.write(tx -> tx.run(Cypher.load("model/switch-phase"), Map.of("phase", "promote")).consume());
            log.info("Switch: {} nodes of the previous model retired", retired);
        }
        long promoted = 0;
        for (Kind kind : Kind.values()) {
            promoted += repeat(local != null && importId == null
                    ? () -> relabel(Label.label(kind.stagedLabel()), Label.label(kind.label()))
                    : cypherBatch(promote(kind), scope(importId, batch)));
        }
        graph.write(tx -> tx.run(Cypher.load("model/write-settings"),
                Map.of("settings", settings, "stamp", stamp)).consume());
        log.info("Switch: {} staged nodes promoted", promoted);
    }

    private long repeat(LongSupplier oneBatch) {
        return repeat(oneBatch, afterBatch);
    }

    private LongSupplier cypherBatch(String statement, Map<String, Object> parameters) {
        return cypherBatch(graph, statement, parameters);
    }

    /**
     * One batch of the switch in-process, in its own transaction: up to a batch of nodes of one label trade it for
     * another — what cypher/model/retire and cypher/model/promote do (an in-process import marks no import id),
     * without a query plan and a Bolt round trip per batch.
     */
    private long relabel(Label from, Label to) {
        try (Transaction tx = local.beginTx()) {
            List<Node> nodes = new ArrayList<>(batch);
            try (ResourceIterator<Node> found = tx.findNodes(from)) {
                while (nodes.size() < batch && found.hasNext()) {
                    nodes.add(found.next());
                }
            }
            for (Node node : nodes) {
                node.removeLabel(from);
                node.addLabel(to);
            }
            tx.commit();
            return nodes.size();
        }
    }

    /** One run of a batch statement, which returns how many nodes or relationships it changed in its only column. */
    static LongSupplier cypherBatch(Graph graph, String statement, Map<String, Object> parameters) {
        return () -> graph.write(tx -> tx.run(statement, parameters).single().get(0).asLong());
    }

    /** Runs one batch after another, each in its own transaction, until one changes nothing; returns the total. */
    static long repeat(LongSupplier oneBatch, Runnable afterBatch) {
        long total = 0;
        long changed;
        do {
            changed = oneBatch.getAsLong();
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
