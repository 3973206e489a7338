package se.ansvarskarta.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;

/**
 * Holds the current {@link Projection} and keeps it from going stale: a write through this instance installs the
 * new projection before it returns; a write through another instance (same database or cluster) changes the
 * {@code Model} node's stamp, which every read compares with one cheap query.
 */
@Service
public class ProjectionService {

    private static final Logger log = LoggerFactory.getLogger(ProjectionService.class);
    private static final int BATCH = 10_000;

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
        String stamp = graph.read(tx -> {
            var rows = tx.run(Cypher.load("model/stamp")).list();
            return rows.isEmpty() ? "" : rows.get(0).get("stamp").asString("");
        });
        if (p != null && p.stamp().equals(stamp)) {
            return p;
        }
        return reload(stamp);
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

    /**
     * Every {@link Derivation}'s values for a projection, merged per node: for each system and infrastructure node
     * the properties to store on it (null removes one); null for other nodes.
     */
    public List<Map<String, Object>> derive(Projection p) {
        List<Map<String, Object[]>> derived = new ArrayList<>();
        for (Derivation derivation : derivations) {
            derived.add(derivation.derive(p));
        }
        List<Map<String, Object>> perNode = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            if (!p.kind(i).isAsset()) {
                perNode.add(null);
                continue;
            }
            Map<String, Object> props = new HashMap<>();
            for (Map<String, Object[]> values : derived) {
                for (var e : values.entrySet()) {
                    props.put(e.getKey(), e.getValue()[i]);
                }
            }
            perNode.add(props);
        }
        return perNode;
    }

    /** Recomputes the derived values of the live model and stores them (for an admin, after a manual change). */
    public synchronized void rederive() {
        try (var session = graph.session()) {
            session.executeWrite(tx -> {
                Projection p = ProjectionLoader.load(tx);
                List<Map<String, Object>> perNode = derive(p);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < p.size(); i++) {
                    if (perNode.get(i) != null) {
                        rows.add(Map.of("id", p.id(i), "props", perNode.get(i)));
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
