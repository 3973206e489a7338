package se.ansvarskarta.model;

import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * Writes the staged copy of an imported model, a batch per call, each batch its own transaction (nodes under
 * their kind's staging label, {@code _StagedSystem}..., relationships between staged nodes by the handles the node batches returned);
 * {@link ModelSwitch} then makes it live.
 * Two ways: over Bolt ({@link BoltStaging}), or in-process when the database runs in this JVM
 * ({@link LocalStaging}), which skips the protocol and the Cypher planner for the million-row writes.
 */
interface StagingWriter {

    /** Rows per transaction. */
    int batchSize();

    /**
     * Creates one batch of staged nodes of one kind; returns a handle for each, in the order of the rows, by which
     * {@link #relationships} finds it (an element id over Bolt, an internal node id in-process).
     */
    List<Object> nodes(Kind kind, List<Map<String, Object>> rows);

    /**
     * Creates one batch of relationships of one type; each row is {@code [start handle, end handle, properties]}.
     */
    void relationships(Rel type, List<List<Object>> rows);

    /**
     * Which staged nodes a failed import must delete: those marked with this import's id, or null for every staged
     * node (in-process, where this instance is the only writer and imports one model at a time).
     */
    String purgeScope();
}
