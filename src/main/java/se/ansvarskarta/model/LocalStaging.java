package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * Staging in-process through Neo4j's Java API, for the embedded database: the same nodes, properties and
 * relationships as {@link BoltStaging}'s Cypher, without a protocol or a query plan per batch. Staged nodes carry
 * their kind's staging label ({@code _StagedSystem}...); no import id, since in-process one instance imports one
 * model at a time.
 */
final class LocalStaging implements StagingWriter {

    private final GraphDatabaseService database;

    LocalStaging(GraphDatabaseService database) {
        this.database = database;
    }

    /**
     * Small transactions write faster here: on the national model 5,000 rows per transaction staged the
     * relationships about a fifth faster than 25,000 (less transaction state for the garbage collector to copy).
     */
    @Override
    public int batchSize() {
        return 5_000;
    }

    @Override
    public List<String> nodes(Kind kind, List<Map<String, Object>> rows) {
        List<String> elements = new ArrayList<>(rows.size());
        Label label = Label.label(kind.stagedLabel());
        try (Transaction tx = database.beginTx()) {
            for (Map<String, Object> row : rows) {
                Node node = tx.createNode(label);
                setAll(node, row);
                elements.add(node.getElementId());
            }
            tx.commit();
        }
        return elements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void relationships(Rel type, List<List<Object>> rows) {
        RelationshipType relType = RelationshipType.withName(type.name());
        try (Transaction tx = database.beginTx()) {
            for (List<Object> row : rows) {
                Node start = tx.getNodeByElementId((String) row.get(0));
                Node end = tx.getNodeByElementId((String) row.get(1));
                var relationship = start.createRelationshipTo(end, relType);
                for (var e : ((Map<String, Object>) row.get(2)).entrySet()) {
                    if (e.getValue() != null) {
                        relationship.setProperty(e.getKey(), storable(e.getValue()));
                    }
                }
            }
            tx.commit();
        }
    }

    @Override
    public String purgeScope() {
        return null;
    }

    private static void setAll(Node node, Map<String, Object> properties) {
        for (var e : properties.entrySet()) {
            if (e.getValue() != null) {
                node.setProperty(e.getKey(), storable(e.getValue()));
            }
        }
    }

    /** What Cypher's SET does with the values the reader and the analyses produce: lists become arrays. */
    static Object storable(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty() || list.get(0) instanceof String) {
                return list.toArray(String[]::new);
            }
            if (list.get(0) instanceof Double || list.get(0) instanceof Float) {
                return list.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
            }
            if (list.get(0) instanceof Number) {
                return list.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
            }
            if (list.get(0) instanceof Boolean) {
                boolean[] array = new boolean[list.size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = (Boolean) list.get(i);
                }
                return array;
            }
            throw new IllegalArgumentException("Cannot store a list of " + list.get(0).getClass().getSimpleName());
        }
        return value;
    }
}
