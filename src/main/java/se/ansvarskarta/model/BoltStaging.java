package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/** Staging through the driver: one UNWIND statement per batch (cypher/model/create-*.cypher). */
final class BoltStaging implements StagingWriter {

    private final Session session;

    BoltStaging(Session session) {
        this.session = session;
    }

    @Override
    public int batchSize() {
        return 10_000;
    }

    @Override
    public List<String> nodes(Kind kind, List<Map<String, Object>> rows, String importId) {
        List<String> elements = new ArrayList<>(rows.size());
        session.executeWrite(tx -> {
            tx.run(Cypher.load("model/create-nodes"), Map.of("label", kind.label(), "rows", rows, "import", importId))
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
}
