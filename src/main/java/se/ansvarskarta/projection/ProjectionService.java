package se.ansvarskarta.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.ModelSwitchingException;

/**
 * Holds the current {@link Projection} and keeps it from going stale: a write through this instance installs the
 * new projection before it returns; a write through another instance (same database or cluster) changes the
 * {@code Model} node's stamp, which every read compares (in-process when the database runs in this JVM, else
 * one cheap query).
 */
@Service
public class ProjectionService {

    private static final Logger log = LoggerFactory.getLogger(ProjectionService.class);
    private static final int BATCH = 10_000;
    private static final Label MODEL = Label.label("Model");
    /** The Model node's mark of a switch under way (cypher/model/begin-switch). */
    private static final String SWITCHING = "_switching";
    private static final long SWITCH_POLL_MILLIS = 50;

    private final Graph graph;
    private final List<Derivation> derivations;
    private final java.time.Duration switchWait;
    private volatile Projection current;
    private volatile Projection expected;
    /** In-process only: the id of the database's last applied transaction (see {@link #state()}), or null. */
    private final java.util.function.LongSupplier lastTransaction;
    private volatile KnownState known;

    ProjectionService(Graph graph, List<Derivation> derivations,
                      @Value("${ansvarskarta.import.switch-wait:120s}") java.time.Duration switchWait) {
        this.graph = graph;
        this.derivations = derivations;
        this.switchWait = switchWait;
        this.lastTransaction = graph.local().flatMap(local -> local.lastAppliedTransaction()).orElse(null);
    }

    /**
     * The projection of the model as it is in the database now. While an import switches a large model live (see
     * {@code ModelSwitch}), waits until it is done, at most {@code ansvarskarta.import.switch-wait}.
     *
     * @throws ModelSwitchingException when the switch takes longer than that
     */
    public Projection current() {
        String stamp = awaitModel();
        Projection p = current;
        if (p != null && p.stamp().equals(stamp)) {
            return p;
        }
        Projection next = expected;
        if (next != null && next.stamp().equals(stamp)) {
            install(next);
            return next;
        }
        return reload(stamp);
    }

    /**
     * Waits while an import is switching the model live (readers would otherwise see part of the old model and
     * part of the new); returns the model's stamp.
     *
     * @throws ModelSwitchingException when the switch takes longer than {@code ansvarskarta.import.switch-wait}
     */
    public String awaitModel() {
        long deadline = 0;
        while (true) {
            ModelState state = state();
            if (!state.switching()) {
                return state.stamp();
            }
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + switchWait.toNanos();
            } else if (now > deadline) {
                throw new ModelSwitchingException(switchWait);
            }
            try {
                Thread.sleep(SWITCH_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelSwitchingException(switchWait);
            }
        }
    }

    private record ModelState(String stamp, boolean switching) {
    }

    /** The model state as read when the database's last applied transaction had this id. */
    private record KnownState(ModelState state, long transaction) {
    }

    /**
     * The {@code Model} node's stamp, which every write of the model changes, and whether a switch is under way: read
     * in-process when the database runs in this JVM (microseconds), otherwise with one small query over Bolt.
     * In-process, the state read last is reused while no transaction has been applied to the database since (one
     * read of a counter instead of a transaction per request). The counter is read before the node: a state is only
     * ever reused for the transaction id it was read at or after.
     */
    private ModelState state() {
        var local = graph.local();
        if (local.isPresent()) {
            long transaction = lastTransaction == null ? -1 : lastTransaction.getAsLong();
            KnownState reused = known;
            if (reused != null && transaction >= 0 && reused.transaction() == transaction) {
                return reused.state();
            }
            ModelState state;
            try (var tx = local.get().database().beginTx()) {
                Node model = tx.findNode(MODEL, "id", "model");
                state = model == null ? new ModelState("", false)
                        : new ModelState(String.valueOf(model.getProperty("stamp", "")), model.hasProperty(SWITCHING));
            }
            if (transaction >= 0) {
                known = new KnownState(state, transaction);
            }
            return state;
        }
        return graph.read(tx -> {
            var rows = tx.run(Cypher.load("model/stamp")).list();
            return rows.isEmpty() ? new ModelState("", false)
                    : new ModelState(rows.get(0).get("stamp").asString(""), rows.get(0).get("switching").asBoolean());
        });
    }

    private synchronized Projection reload(String stamp) {
        Projection p = current;
        if (p != null && p.stamp().equals(stamp)) {
            return p; // another thread reloaded meanwhile
        }
        long started = System.nanoTime();
        p = graph.read(tx -> ProjectionLoader.load(tx));
        current = p;
        log.info("Projection loaded: {} nodes, ~{} MB, {} ms", p.size(), p.approximateBytes() / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return p;
    }

    /** Every {@link Derivation}'s values for a projection. */
    public DerivedValues derive(Projection p) {
        DerivedValues values = new DerivedValues(p);
        for (Derivation derivation : derivations) {
            values.add(derivation.derive(p));
        }
        return values;
    }

    /** Recomputes the derived values of the live model and stores them (for an admin, after a manual change). */
    public synchronized void rederive() {
        try (var session = graph.session()) {
            session.executeWrite(tx -> {
                Projection p = ProjectionLoader.load(tx);
                DerivedValues derived = derive(p);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < p.size(); i++) {
                    Map<String, Object> props = derived.of(i);
                    if (props != null) {
                        rows.add(Map.of("id", p.id(i), "props", props));
                    }
                    if (rows.size() == BATCH || (i == p.size() - 1 && !rows.isEmpty())) {
                        tx.run(Cypher.load("projection/write-derived"), Map.of("rows", rows)).consume();
                        rows = new ArrayList<>();
                    }
                }
                return null;
            });
        }
        log.info("Derived values recomputed");
    }

    /** Makes the projection of a model that has just gone live the current one. */
    public void install(Projection projection) {
        this.current = projection;
        this.expected = null;
    }

    /**
     * The projection of a model about to go live (null: none): the first read that finds its stamp in the database
     * installs it, rather than loading the model again, should it come before {@link #install}.
     */
    public void expect(Projection projection) {
        this.expected = projection;
    }
}
