package se.ansvarskarta.graph;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The Neo4j database when it runs in this JVM (the embedded default run; the tests' harness): the hot paths that
 * would otherwise pay a Bolt round trip per call — the per-request model stamp check, the bulk staging of an
 * import — use it directly. Absent when {@code NEO4J_URI} points at a server or cluster; then everything goes
 * through the driver.
 */
public record LocalDatabase(GraphDatabaseService database) {

    /**
     * The id of the last transaction applied to the database, read without a transaction: while it stays the same,
     * nothing in the database has changed, whoever wrote (this instance, or another one over Bolt). From Neo4j's
     * kernel, not its public API; empty when this Neo4j does not offer it, and callers then read what they need.
     */
    public Optional<LongSupplier> lastAppliedTransaction() {
        try {
            if (database instanceof GraphDatabaseAPI api) {
                TransactionIdStore ids = api.getDependencyResolver().resolveDependency(TransactionIdStore.class);
                return Optional.of(ids::getLastClosedTransactionId);
            }
        } catch (RuntimeException | LinkageError e) {
            // an embedded Neo4j without this kernel service: no shortcut
        }
        return Optional.empty();
    }
}
