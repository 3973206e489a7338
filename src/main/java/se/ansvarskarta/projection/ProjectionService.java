package se.ansvarskarta.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;

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

    private final Graph graph;
    private final List<Derivation> derivations;
    private volatile Projection current;

    ProjectionService(Graph graph, List<Derivation> derivations) {
        this.graph = graph;
        this.derivations = derivations;
    }

    /** The projection of the model as it is in the database now. */
    public Projection current() {
        Projection p = current;
        String stamp = stamp();
        if (p != null && p.stamp().equals(stamp)) {
            return p;
        }
        return reload(stamp);
    }

    /**
     * The {@code Model} node's stamp, which every write of the model changes: read in-process when the database runs
     * in this JVM (microseconds), otherwise with one small query over Bolt.
     */
    private String stamp() {
        var local = graph.local();
        if (local.isPresent()) {
            try (var tx = local.get().database().beginTx()) {
                Node model = tx.findNode(MODEL, "id", "model");
                return model == null ? "" : String.valueOf(model.getProperty("stamp", ""));
            }
        }
        return graph.read(tx -> {
            var rows = tx.run(Cypher.load("model/stamp")).list();
            return rows.isEmpty() ? "" : rows.get(0).get("stamp").asString("");
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
    }
}
