package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.TokenWrite;
import org.neo4j.internal.kernel.api.Write;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.storable.Values;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * Staging in-process through Neo4j's kernel API, for the embedded database: the same nodes, properties and
 * relationships as {@link BoltStaging}'s Cypher, without a protocol or a query plan per batch, and below the Java
 * API's entity objects: nodes are handled by their internal ids (no element id written and parsed again per
 * relationship), labels, types and property keys by token ids resolved once per import. Staged nodes carry their
 * kind's staging label ({@code _StagedSystem}...); no import id, since in-process one instance imports one model at
 * a time.
 */
final class LocalStaging implements StagingWriter {

    private final GraphDatabaseService database;
    /** Token ids by name; a token, once created, keeps its id, so they hold across this import's transactions. */
    private final Map<String, Integer> tokens = new HashMap<>();

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

    /** Returns the nodes' internal ids ({@code Long}), valid as handles for {@link #relationships} of this import. */
    @Override
    public List<Object> nodes(Kind kind, List<Map<String, Object>> rows) {
        List<Object> ids = new ArrayList<>(rows.size());
        try (Transaction tx = database.beginTx()) {
            KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
            Write write = kernel.dataWrite();
            TokenWrite tokenWrite = kernel.tokenWrite();
            int[] labels = {token(kind.stagedLabel(), tokenWrite::labelGetOrCreateForName)};
            for (Map<String, Object> row : rows) {
                long node = write.nodeCreateWithLabels(labels);
                for (var e : row.entrySet()) {
                    if (e.getValue() != null) {
                        write.nodeSetProperty(node, token(e.getKey(), tokenWrite::propertyKeyGetOrCreateForName),
                                Values.of(storable(e.getValue())));
                    }
                }
                ids.add(node);
            }
            tx.commit();
        } catch (KernelException e) {
            throw new IllegalStateException("Staging " + kind.label() + " nodes failed: " + e.getMessage(), e);
        }
        return ids;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void relationships(Rel type, List<List<Object>> rows) {
        try (Transaction tx = database.beginTx()) {
            KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
            Write write = kernel.dataWrite();
            TokenWrite tokenWrite = kernel.tokenWrite();
            int typeId = token(type.name(), tokenWrite::relationshipTypeGetOrCreateForName);
            for (List<Object> row : rows) {
                long relationship = write.relationshipCreate((Long) row.get(0), typeId, (Long) row.get(1));
                for (var e : ((Map<String, Object>) row.get(2)).entrySet()) {
                    if (e.getValue() != null) {
                        write.relationshipSetProperty(relationship,
                                token(e.getKey(), tokenWrite::propertyKeyGetOrCreateForName),
                                Values.of(storable(e.getValue())));
                    }
                }
            }
            tx.commit();
        } catch (KernelException e) {
            throw new IllegalStateException("Staging " + type.name() + " relationships failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String purgeScope() {
        return null;
    }

    /** Kernel token lookups that may create the token. */
    private interface TokenLookup {
        int idFor(String name) throws KernelException;
    }

    private int token(String name, TokenLookup lookup) throws KernelException {
        Integer id = tokens.get(name);
        if (id == null) {
            id = lookup.idFor(name);
            tokens.put(name, id);
        }
        return id;
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
