package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * Staging through the driver: one UNWIND statement per batch (cypher/model/create-*.cypher). Staged nodes carry
 * their kind's staging label ({@code _StagedSystem}...) and the import ({@code _import}), so that the switch and a
 * purge find them by query, and other instances' imports are left alone; the switch relabels them and removes the
 * mark (cypher/model/promote).
 */
final class BoltStaging implements StagingWriter {

    private final Session session;
    private final String importId;

    BoltStaging(Session session, String importId) {
        this.session = session;
        this.importId = importId;
    }

    @Override
    public int batchSize() {
        return 10_000;
    }

    @Override
    public List<Object> nodes(Kind kind, List<Map<String, Object>> rows) {
        List<Object> elements = new ArrayList<>(rows.size());
        session.executeWrite(tx -> {
            tx.run(Cypher.load("model/create-nodes"),
                    Map.of("label", kind.stagedLabel(), "rows", rows, "import", importId))
                    .forEachRemaining(r -> elements.add(r.get("element").asString()));
            return null;
        });
        return elements;
    }

    @Override
    public void relationships(Rel type, List<List<Object>> rows) {
        session.executeWrite(tx -> tx.run(Cypher.load("model/create-relationships"),
                Map.of("type", type.name(), "rows", rows)).consume());
    }

    @Override
    public String purgeScope() {
        return importId;
    }
}
